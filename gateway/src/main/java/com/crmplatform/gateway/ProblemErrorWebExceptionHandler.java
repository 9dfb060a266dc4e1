package com.crmplatform.gateway;

import com.crmplatform.contracts.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Replaces Boot's JSON error page: an exception inside the gateway (no route for the path, a method not allowed,
 * a fault of our own, Keycloak unreachable while checking a token) becomes a problem document. Exception messages
 * are logged, never sent to the client.
 */
@Component
@Order(-2) // ahead of Spring's own handlers; Boot's DefaultErrorWebExceptionHandler backs off for this bean
// ErrorWebExceptionHandler
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final Problems problems;

    ProblemErrorWebExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        if (ex instanceof AuthenticationServiceException) {
            // The token could not be checked (Keycloak unreachable): not the caller's fault, and not ours.
            log.warn(
                    "Token check failed [trace {}]: {}",
                    Problems.traceId(exchange),
                    ex.getCause() != null ? ex.getCause().toString() : ex.toString());
            return problems.write(
                    exchange,
                    ErrorCode.SERVICE_UNAVAILABLE,
                    "The identity provider could not be reached to check the token; retry later.");
        }
        HttpStatusCode status =
                ex instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        ErrorCode code = Problems.codeFor(status);
        if (status.is5xxServerError()) {
            log.error(
                    "{} {} failed [trace {}]",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    Problems.traceId(exchange),
                    ex);
        } else {
            log.debug(
                    "{} {} answered {}: {}",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(),
                    status,
                    ex.toString());
        }
        return problems.write(exchange, code, Problems.defaultDetail(code));
    }
}
