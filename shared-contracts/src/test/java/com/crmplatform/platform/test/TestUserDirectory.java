package com.crmplatform.platform.test;

import com.crmplatform.platform.directory.DirectoryUser;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user directory of the services' integration tests (Keycloak is not reachable there; the Keycloak directory is
 * only created when no other exists): users exist once a test registers them, with the ids {@link TestUsers#user}
 * gives them, so one shared context serves every test of a service without a mock.
 */
public class TestUserDirectory implements UserDirectory {

    private final Map<String, DirectoryUser> users = new ConcurrentHashMap<>();

    /** Registers an enabled user of the tenant; their id is {@code TestUsers.idOf(tenant, username)}. */
    public String register(String tenant, String username, String... roles) {
        return put(tenant, username, true, roles);
    }

    /** Registers an enabled salesperson of the tenant ({@code crm-sales}); returns the id. */
    public String addSalesperson(String tenant, String username) {
        return register(tenant, username, Roles.SALES);
    }

    /** Registers a disabled user (someone who has left). */
    public String registerDisabled(String tenant, String username, String... roles) {
        return put(tenant, username, false, roles);
    }

    private String put(String tenant, String username, boolean enabled, String... roles) {
        String id = TestUsers.idOf(tenant, username);
        users.put(id, new DirectoryUser(id, username, username, tenant, enabled, Set.of(roles)));
        return id;
    }

    @Override
    public List<DirectoryUser> salespeople(String tenant) {
        return users.values().stream()
                .filter(user -> user.isActiveMemberOf(tenant) && user.roles().contains(Roles.SALES))
                .toList();
    }

    @Override
    public Optional<DirectoryUser> find(String userId) {
        return Optional.ofNullable(users.get(userId));
    }
}
