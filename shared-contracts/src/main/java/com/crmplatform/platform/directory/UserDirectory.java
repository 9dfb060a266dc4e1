package com.crmplatform.platform.directory;

import java.util.List;
import java.util.Optional;

/**
 * Answers questions about real users, so assignment and offboarding never trust a user id sent by a client.
 * Answers may be up to {@code crm.directory.cache-ttl} old.
 */
public interface UserDirectory {

    /** The enabled salespeople ({@code crm-sales}) of a tenant. */
    List<DirectoryUser> salespeople(String tenant);

    /** The user, if the identity provider knows them. */
    Optional<DirectoryUser> find(String userId);

    /** True when the user exists, is enabled and belongs to the tenant. */
    default boolean isActiveMember(String userId, String tenant) {
        return find(userId).map(user -> user.isActiveMemberOf(tenant)).orElse(false);
    }

    /** True when the user is an enabled salesperson of the tenant. */
    default boolean isActiveSalesperson(String userId, String tenant) {
        return salespeople(tenant).stream().anyMatch(user -> user.id().equals(userId));
    }
}
