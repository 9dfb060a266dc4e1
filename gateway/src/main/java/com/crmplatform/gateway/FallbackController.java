package com.crmplatform.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import com.crmplatform.contracts.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's CircuitBreaker filter forwards when its service is down, too slow, or the breaker is open:
 * 503 problem+json naming the service. A 4xx or 5xx the service itself answers never comes here.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final Problems problems;

    FallbackController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service:[a-z][a-z-]{0,40}}")
    Mono<Void> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        BodyTooLargeException tooLarge = BodyTooLargeException.in(cause);
        if (tooLarge != null) {
            // Not the service's fault: the client's chunked body passed the limit on the way (RequestLimitsWebFilter).
            return problems.write(exchange, ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.detail());
        }
        log.warn(
                "{} unavailable for {} {} [trace {}]: {}",
                service,
                exchange.getRequest().getMethod(),
                exchange.getAttributeOrDefault(
                        Problems.ORIGINAL_PATH_ATTR,
                        exchange.getRequest().getPath().value()),
                Problems.traceId(exchange),
                cause != null ? cause.toString() : "no cause recorded");
        return problems.write(
                exchange,
                ErrorCode.SERVICE_UNAVAILABLE,
                service + " is unavailable or did not answer in time; retry later.");
    }
}
