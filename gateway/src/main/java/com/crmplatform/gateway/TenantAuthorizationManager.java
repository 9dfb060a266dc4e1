package com.crmplatform.gateway;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * The rule for {@code /api/**}: a valid JWT that names a tenant (business line). Without a token the caller gets
 * 401; with a token but no {@code tenant} claim, {@link TenantMissingException} (403 {@code TENANT_MISSING}).
 * Roles are not checked here: each service checks them again on its own endpoints.
 */
final class TenantAuthorizationManager implements ReactiveAuthorizationManager<AuthorizationContext> {

    static final String TENANT_CLAIM = "tenant";

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> ((JwtAuthenticationToken) auth).getToken())
                .flatMap(jwt -> hasTenant(jwt)
                        ? Mono.<AuthorizationResult>just(new AuthorizationDecision(true))
                        : Mono.<AuthorizationResult>error(new TenantMissingException()))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    static boolean hasTenant(Jwt jwt) {
        return jwt.getClaims().get(TENANT_CLAIM) instanceof String tenant && !tenant.isBlank();
    }

    /** An authenticated caller whose token has no tenant claim. */
    static final class TenantMissingException extends AccessDeniedException {

        TenantMissingException() {
            super("The token carries no tenant claim");
        }
    }
}
