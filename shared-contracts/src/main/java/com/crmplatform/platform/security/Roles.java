package com.crmplatform.platform.security;

/** The realm roles of the Keycloak realm {@code crm}; authorities are {@code ROLE_} + the role name. */
public final class Roles {

    public static final String ADMIN = "crm-admin";
    public static final String SALES = "crm-sales";
    public static final String MARKETING = "crm-marketing";
    public static final String FINANCE = "crm-finance";

    private Roles() {}
}
