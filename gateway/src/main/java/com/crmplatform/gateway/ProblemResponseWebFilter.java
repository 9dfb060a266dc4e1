package com.crmplatform.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The safety net that keeps every error the gateway answers in problem+json. Several parts of the stack answer
 * an error by setting a status and completing the response with no body: Spring Cloud Gateway's
 * RequestRateLimiter (429), the CORS processor (403), a denied empty rate-limit key. This filter runs first,
 * remembers the path the client asked for, and turns such an empty error answer into a problem document.
 *
 * <p>Answers proxied from a service are written with a body ({@code writeWith}) and are never touched, nor are
 * the problem answers written by the security handlers or the fallback.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponseWebFilter implements WebFilter {

    private final Problems problems;

    ProblemResponseWebFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes()
                .putIfAbsent(
                        Problems.ORIGINAL_PATH_ATTR,
                        exchange.getRequest().getPath().value());
        ProblemOnEmptyErrorResponse response = new ProblemOnEmptyErrorResponse(exchange);
        ServerWebExchange decorated = exchange.mutate().response(response).build();
        // Some components (the CORS filter) only set the status and let the server complete the response.
        return chain.filter(decorated).then(Mono.defer(response::setComplete));
    }

    private final class ProblemOnEmptyErrorResponse extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;

        ProblemOnEmptyErrorResponse(ServerWebExchange exchange) {
            super(exchange.getResponse());
            this.exchange = exchange;
        }

        @Override
        public Mono<Void> setComplete() {
            HttpStatusCode status = getStatusCode();
            if (status == null || !status.isError() || isCommitted()) {
                return getDelegate().setComplete();
            }
            var code = Problems.codeFor(status);
            return problems.write(exchange, getDelegate(), code, Problems.defaultDetail(code));
        }
    }
}
