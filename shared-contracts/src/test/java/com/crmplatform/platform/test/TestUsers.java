package com.crmplatform.platform.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import com.crmplatform.platform.security.KeycloakJwtConverter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Callers for MockMvc tests: a JWT shaped like Keycloak's (sub, preferred_username, tenant, realm_access.roles),
 * run through the platform's real converter, so role and tenant rules are exercised as in production.
 */
public final class TestUsers {

    private TestUsers() {}

    public static JwtRequestPostProcessor user(String tenant, String username, String... roles) {
        return userWithId(idOf(tenant, username), tenant, username, roles);
    }

    /** A caller with an explicit user id (e.g. to match an owner id stored in the database). */
    public static JwtRequestPostProcessor userWithId(String id, String tenant, String username, String... roles) {
        Jwt.Builder builder = Jwt.withTokenValue("test-token")
                .header("alg", "RS256")
                .subject(id)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (tenant != null) {
            builder.claim(KeycloakJwtConverter.TENANT_CLAIM, tenant);
        }
        Jwt token = builder.build();
        return jwt().jwt(token).authorities(KeycloakJwtConverter.authorities(token));
    }

    /** The id {@link #user(String, String, String...)} gives this tenant's user. */
    public static String idOf(String tenant, String username) {
        return UUID.nameUUIDFromBytes((tenant + "/" + username).getBytes()).toString();
    }
}
