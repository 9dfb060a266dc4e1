package com.crmplatform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.gateway.TenantAuthorizationManager.TenantMissingException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class TenantAuthorizationManagerTests {

    private final TenantAuthorizationManager manager = new TenantAuthorizationManager();

    @Test
    void grantsATokenThatNamesATenant() {
        StepVerifier.create(authorize(jwt(claims -> claims.claim("tenant", "acme"))))
                .assertNext(result -> assertThat(result.isGranted()).isTrue())
                .verifyComplete();
    }

    @Test
    void refusesATokenWithoutTenantAsTenantMissing() {
        StepVerifier.create(authorize(jwt(claims -> {})))
                .expectError(TenantMissingException.class)
                .verify();
    }

    @Test
    void refusesABlankOrNonTextTenant() {
        StepVerifier.create(authorize(jwt(claims -> claims.claim("tenant", " "))))
                .expectError(TenantMissingException.class)
                .verify();
        StepVerifier.create(authorize(jwt(claims -> claims.claim("tenant", List.of("acme", "globex")))))
                .expectError(TenantMissingException.class)
                .verify();
    }

    @Test
    void deniesAnonymousCallersSoTheyGet401() {
        Authentication anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        StepVerifier.create(manager.authorize(Mono.just(anonymous), null))
                .assertNext(result -> assertThat(result.isGranted()).isFalse())
                .verifyComplete();
        StepVerifier.create(manager.authorize(Mono.empty(), null))
                .assertNext(result -> assertThat(result.isGranted()).isFalse())
                .verifyComplete();
    }

    private Mono<AuthorizationResult> authorize(Authentication authentication) {
        return manager.authorize(Mono.just(authentication), null);
    }

    private static Authentication jwt(Consumer<Jwt.Builder> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("user-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.accept(builder);
        return new JwtAuthenticationToken(builder.build());
    }
}
