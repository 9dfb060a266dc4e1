package com.crmplatform.platform.security;

import java.util.Set;

/**
 * Who is calling: taken from the verified token on every request. Controllers receive it as a method argument;
 * services receive it from the controller, so the data scope is always explicit.
 *
 * @param id the Keycloak user id ({@code sub})
 * @param username the login name ({@code preferred_username})
 * @param displayName the person's name, or the username when the token has none
 * @param tenant the business line ({@code tenant} claim); never blank
 * @param roles realm roles such as {@code crm-sales}
 */
public record CurrentUser(String id, String username, String displayName, String tenant, Set<String> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** A salesperson sees what they own and what nobody owns (the pool); an admin sees the whole tenant. */
    public boolean canSeeOwnedBy(String ownerId) {
        return isAdmin() || ownerId == null || ownerId.equals(id);
    }
}
