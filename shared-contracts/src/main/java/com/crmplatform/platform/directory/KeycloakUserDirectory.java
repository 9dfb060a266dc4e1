package com.crmplatform.platform.directory;

import com.crmplatform.platform.error.ServiceUnavailableException;
import com.crmplatform.platform.security.Roles;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link UserDirectory} over Keycloak's admin REST API, through the official admin client authenticated as a
 * service account (client credentials). Answers are cached for a short time; Keycloak being down is a 503.
 */
public class KeycloakUserDirectory implements UserDirectory {

    private static final String TENANT_ATTRIBUTE = "tenant";
    private static final int PAGE = 500;

    private final Keycloak keycloak;
    private final String realm;
    private final TtlCache<String, List<DirectoryUser>> salespeople;
    private final TtlCache<String, Optional<DirectoryUser>> users;

    public KeycloakUserDirectory(Keycloak keycloak, DirectoryProperties properties) {
        this.keycloak = keycloak;
        this.realm = properties.realm();
        this.salespeople = new TtlCache<>(properties.cacheTtl());
        this.users = new TtlCache<>(properties.cacheTtl());
    }

    @Override
    public List<DirectoryUser> salespeople(String tenant) {
        return salespeople.get(
                tenant,
                () -> call(() -> realm().roles().get(Roles.SALES).getUserMembers(false, 0, PAGE).stream()
                        .map(user -> toDirectoryUser(user, Set.of(Roles.SALES)))
                        .filter(user -> user.isActiveMemberOf(tenant))
                        .toList()));
    }

    @Override
    public Optional<DirectoryUser> find(String userId) {
        return users.get(
                userId,
                () -> call(() -> {
                    try {
                        var resource = realm().users().get(userId);
                        UserRepresentation user = resource.toRepresentation();
                        Set<String> roles = new HashSet<>();
                        for (RoleRepresentation role :
                                resource.roles().realmLevel().listEffective()) {
                            roles.add(role.getName());
                        }
                        return Optional.of(toDirectoryUser(user, roles));
                    } catch (NotFoundException unknown) {
                        return Optional.empty();
                    }
                }));
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static DirectoryUser toDirectoryUser(UserRepresentation user, Set<String> roles) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        List<String> tenants = attributes.getOrDefault(TENANT_ATTRIBUTE, List.of());
        String name = String.join(
                        " ",
                        Optional.ofNullable(user.getFirstName()).orElse(""),
                        Optional.ofNullable(user.getLastName()).orElse(""))
                .trim();
        return new DirectoryUser(
                user.getId(),
                user.getUsername(),
                name.isEmpty() ? user.getUsername() : name,
                tenants.isEmpty() ? null : tenants.getFirst(),
                Boolean.TRUE.equals(user.isEnabled()),
                roles);
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
            throw new ServiceUnavailableException("The user directory (Keycloak)", e);
        }
    }

    /** A tiny time-bounded cache: the directory is asked at most once per key per TTL. */
    static final class TtlCache<K, V> {

        private record Entry<V>(V value, long expiresAtNanos) {}

        private final long ttlNanos;
        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

        TtlCache(java.time.Duration ttl) {
            this.ttlNanos = ttl.toNanos();
        }

        V get(K key, Supplier<V> loader) {
            long now = System.nanoTime();
            Entry<V> entry = entries.get(key);
            if (entry != null && entry.expiresAtNanos() - now > 0) {
                return entry.value();
            }
            V value = loader.get();
            entries.put(key, new Entry<>(value, now + ttlNanos));
            return value;
        }
    }
}
