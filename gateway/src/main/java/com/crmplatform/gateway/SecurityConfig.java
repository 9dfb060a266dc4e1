package com.crmplatform.gateway;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.gateway.TenantAuthorizationManager.TenantMissingException;
import com.crmplatform.platform.security.BearerTokens;
import com.crmplatform.platform.security.HeaderValues;
import com.crmplatform.platform.security.VerifiedTokenCache;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * JWT at the edge. Open: the public campaign forms (JSON API and promotion pages), the probes, health/info/prometheus
 * (on the management port only), Swagger UI and the API docs, the
 * fallbacks, the web console's files. {@code /api/**}: a valid JWT with a tenant claim. Anything else: denied. Stateless (no session, no
 * CSRF); 401 and 403 are answered as problem+json; CORS preflights need no token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    static final String[] OPEN_PATHS = {
        "/api/v1/public/**",
        "/p/**",
        "/livez",
        "/readyz",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/swagger-ui/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/fallback/**",
        // The web console's files (client-side routes are answered with /index.html by ConsoleWebFilter).
        "/index.html",
        "/assets/**",
        "/favicon.svg",
        "/console-config.json"
    };

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder, Problems problems) {
        ServerAuthenticationEntryPoint entryPoint = (exchange, ex) -> {
            String challenge = ex instanceof InvalidBearerTokenException ? "Bearer error=\"invalid_token\"" : "Bearer";
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
            String detail = ex instanceof InvalidBearerTokenException
                    ? "The bearer token is invalid or expired."
                    : Problems.defaultDetail(ErrorCode.UNAUTHENTICATED);
            return problems.write(exchange, ErrorCode.UNAUTHENTICATED, detail);
        };
        ServerAccessDeniedHandler accessDenied = (exchange, ex) -> {
            ErrorCode code = ex instanceof TenantMissingException ? ErrorCode.TENANT_MISSING : ErrorCode.ACCESS_DENIED;
            return problems.write(exchange, code, Problems.defaultDetail(code));
        };
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(Customizer.withDefaults())
                // Spring Security's default, no-referrer, makes browsers send "Origin: null" with a form POST, which
                // CORS then refuses as a foreign origin: a visitor could not submit a campaign's public form
                // (/p/{token}). same-origin keeps the referrer (the form's token) from every other site.
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PATHS)
                        .permitAll()
                        .pathMatchers("/api/**")
                        .access(new TenantAuthorizationManager())
                        .anyExchange()
                        .denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(exchange -> Mono.fromCallable(() -> BearerTokens.fromAuthorizationHeader(
                                        exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
                                .map(BearerTokenAuthenticationToken::new))
                        .jwt(jwt -> jwt.jwtDecoder(verifiedOnce(keysUnavailableAsServiceError(jwtDecoder))))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .build();
    }

    /**
     * Boot's decoder (JWK Set URI + issuer check), except that Keycloak being unreachable while the keys are fetched
     * surfaces as an IllegalStateException (a 500). As a JwtException it becomes an AuthenticationServiceException,
     * which {@link ProblemErrorWebExceptionHandler} answers 503.
     */
    private static ReactiveJwtDecoder keysUnavailableAsServiceError(ReactiveJwtDecoder decoder) {
        return token -> decoder.decode(token)
                .onErrorMap(
                        ex -> !(ex instanceof JwtException),
                        ex -> new JwtException("The token's signing keys could not be fetched", ex));
    }

    /** Each distinct token is verified once until it expires: the signature check was a tenth of a request's CPU. */
    private static ReactiveJwtDecoder verifiedOnce(ReactiveJwtDecoder decoder) {
        VerifiedTokenCache cache = new VerifiedTokenCache();
        return token -> Mono.defer(() -> {
            Jwt cached = cache.get(token);
            return cached != null ? Mono.just(cached) : decoder.decode(token).doOnNext(jwt -> cache.put(token, jwt));
        });
    }

    /** Spring Security's strict firewall, checking header values without a regular expression (see HeaderValues). */
    @Bean
    ServerWebExchangeFirewall headerValuesFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::allowed);
        return firewall;
    }

    /** Browser front ends of the business lines; preflights are answered here, before any token check. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(
                List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "traceparent", HttpHeaders.IF_MATCH));
        // ETag too: a front end must read it to send If-Match.
        cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, "traceparent", HttpHeaders.ETAG));
        cors.setMaxAge(properties.cors().maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
