package com.crmplatform.platform.directory;

import java.util.Set;

/**
 * A user as the identity provider knows them.
 *
 * @param id the Keycloak user id (the {@code sub} of their tokens)
 * @param username login name
 * @param displayName first and last name, or the username
 * @param tenant the business line they belong to
 * @param enabled false once an admin has disabled the account (e.g. the person left)
 * @param roles realm roles such as {@code crm-sales}
 */
public record DirectoryUser(
        String id, String username, String displayName, String tenant, boolean enabled, Set<String> roles) {

    public DirectoryUser {
        roles = Set.copyOf(roles);
    }

    public boolean isActiveMemberOf(String tenantId) {
        return enabled && tenantId.equals(tenant);
    }
}
