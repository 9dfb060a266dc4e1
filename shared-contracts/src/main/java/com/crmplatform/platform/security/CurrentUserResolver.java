package com.crmplatform.platform.security;

import java.util.HashSet;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves a {@link CurrentUser} controller argument from the verified JWT. */
public class CurrentUserResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return current()
                .orElseThrow(() ->
                        new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                                "No authenticated user"));
    }

    /** The caller of the current request, if it carries a JWT with a tenant. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        return fromJwt(token.getToken());
    }

    public static Optional<CurrentUser> fromJwt(Jwt jwt) {
        String tenant = jwt.getClaimAsString(KeycloakJwtConverter.TENANT_CLAIM);
        if (tenant == null || tenant.isBlank()) {
            return Optional.empty();
        }
        String username =
                Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        String displayName = Optional.ofNullable(jwt.getClaimAsString("name")).orElse(username);
        return Optional.of(new CurrentUser(
                jwt.getSubject(), username, displayName, tenant, new HashSet<>(KeycloakJwtConverter.realmRoles(jwt))));
    }
}
