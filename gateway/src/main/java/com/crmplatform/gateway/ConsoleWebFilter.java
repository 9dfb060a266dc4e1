package com.crmplatform.gateway;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the web console (module {@code console}, its built files under {@code classpath:/static/}) at {@code /}.
 *
 * <ul>
 *   <li>A GET of a client-side route ({@code /}, {@code /leads/42}: no reserved prefix and no file extension) is
 *       answered with {@code index.html} (single-page-app fallback); it runs before security, which lets
 *       {@code /index.html}, {@code /assets/**} and {@code /console-config.json} through without a token.
 *   <li>Cache headers: hashed {@code /assets/**} for a year (immutable), {@code index.html} and the config
 *       {@code no-cache}; a Content-Security-Policy on {@code index.html} allowing the Keycloak origin for
 *       connect and frame.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ConsoleWebFilter implements WebFilter {

    /** Paths that are never a console route: the API, the public pages, docs, probes, fallbacks. */
    static final List<String> RESERVED_PREFIXES =
            List.of("/api/", "/p/", "/v3/", "/actuator/", "/swagger-ui/", "/webjars/", "/fallback/");

    /** The same folders without their slash, and the probes the launcher polls on the API port. */
    static final Set<String> RESERVED_PATHS = Set.of(
            "/api", "/p", "/v3", "/actuator", "/swagger-ui", "/webjars", "/fallback", "/readyz", "/livez", "/error");

    static final String INDEX = "/index.html";

    private final String contentSecurityPolicy;

    ConsoleWebFilter(GatewayProperties properties) {
        String keycloak = properties.console().keycloakUrl();
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; "
                // Ant Design writes its styles at run time (CSS-in-JS).
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self' " + keycloak + "; frame-src 'self' " + keycloak + "; "
                + "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + keycloak;
    }

    static boolean isClientRoute(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (RESERVED_PATHS.contains(path) || RESERVED_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return chain.filter(exchange);
        }
        String path = request.getPath().pathWithinApplication().value();
        if (isClientRoute(path)) {
            exchange = exchange.mutate()
                    .request(request.mutate().path(INDEX).build())
                    .build();
            path = INDEX;
        }
        ServerWebExchange current = exchange;
        if (path.equals(INDEX) || path.equals(ConsoleConfigRoute.PATH)) {
            current.getResponse().beforeCommit(() -> {
                HttpHeaders headers = current.getResponse().getHeaders();
                headers.setCacheControl(CacheControl.noCache());
                if (current.getRequest().getPath().value().equals(INDEX)) {
                    headers.set("Content-Security-Policy", contentSecurityPolicy);
                }
                return Mono.empty();
            });
        } else if (path.startsWith("/assets/")) {
            current.getResponse().beforeCommit(() -> {
                if (current.getResponse().getStatusCode() != null
                        && current.getResponse().getStatusCode().is2xxSuccessful()) {
                    current.getResponse().getHeaders().setCacheControl("public, max-age=31536000, immutable");
                }
                return Mono.empty();
            });
        }
        return chain.filter(current);
    }

    /** {@code GET /console-config.json}: where the console logs in (from {@code crm.gateway.console.*}). */
    @Configuration(proxyBeanMethods = false)
    static class ConsoleConfigRoute {

        static final String PATH = "/console-config.json";

        @Bean
        RouterFunction<ServerResponse> consoleConfig(GatewayProperties properties) {
            GatewayProperties.Console console = properties.console();
            Map<String, String> body = Map.of(
                    "keycloakUrl", console.keycloakUrl(),
                    "realm", console.realm(),
                    "clientId", console.clientId());
            return RouterFunctions.route()
                    .GET(
                            PATH,
                            request -> ServerResponse.ok()
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .bodyValue(body))
                    .build();
        }
    }
}
