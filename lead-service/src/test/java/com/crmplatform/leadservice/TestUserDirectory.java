package com.crmplatform.leadservice;

import com.crmplatform.platform.directory.DirectoryUser;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.test.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The user directory of the integration tests (replaces the Keycloak one, which is only created when no other
 * exists): each test registers the salespeople of its own tenant, so the shared context needs no mock.
 */
@Component
public class TestUserDirectory implements UserDirectory {

    private final Map<String, List<DirectoryUser>> salespeople = new ConcurrentHashMap<>();

    /** Registers {@code TestUsers.user(tenant, username, "crm-sales")} as an active salesperson; returns the id. */
    public String addSalesperson(String tenant, String username) {
        String id = TestUsers.idOf(tenant, username);
        salespeople
                .computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>())
                .add(new DirectoryUser(id, username, username, tenant, true, Set.of("crm-sales")));
        return id;
    }

    @Override
    public List<DirectoryUser> salespeople(String tenant) {
        return List.copyOf(salespeople.getOrDefault(tenant, List.of()));
    }

    @Override
    public Optional<DirectoryUser> find(String userId) {
        return salespeople.values().stream()
                .flatMap(List::stream)
                .filter(user -> user.id().equals(userId))
                .findFirst();
    }
}
