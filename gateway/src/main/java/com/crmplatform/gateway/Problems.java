package com.crmplatform.gateway;

import com.crmplatform.contracts.common.ErrorCode;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the platform's RFC 9457 problem document for every error the gateway answers itself: {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, {@code code} and {@code traceId}.
 */
@Component
class Problems {

    /** Exchange attribute holding the path the client asked for, before any rewrite or fallback forward. */
    static final String ORIGINAL_PATH_ATTR = Problems.class.getName() + ".originalPath";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    Mono<Void> write(ServerWebExchange exchange, ErrorCode code, String detail) {
        return write(exchange, exchange.getResponse(), code, detail);
    }

    /** Writes to {@code response}, which may be a decorator's delegate rather than the exchange's response. */
    Mono<Void> write(ServerWebExchange exchange, ServerHttpResponse response, ErrorCode code, String detail) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = json.writeValueAsBytes(body(exchange, code, detail));
        response.setStatusCode(HttpStatusCode.valueOf(code.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    Map<String, Object> body(ServerWebExchange exchange, ErrorCode code, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", code.typeUri());
        problem.put("title", title(code));
        problem.put("status", code.status());
        problem.put("detail", detail);
        problem.put("instance", originalPath(exchange));
        problem.put("code", code.name());
        String traceId = traceId(exchange);
        if (traceId != null) {
            problem.put("traceId", traceId);
        }
        return problem;
    }

    /** The code for an error status the gateway produced without saying why (no route, CORS refusal, ...). */
    static ErrorCode codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.ACCESS_DENIED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 410 -> ErrorCode.GONE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 502, 503, 504 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status.is4xxClientError() ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    /** A detail for codes the gateway answers without a more specific reason. */
    static String defaultDetail(ErrorCode code) {
        return switch (code) {
            case UNAUTHENTICATED -> "A valid bearer token is required.";
            case ACCESS_DENIED -> "The request is not allowed.";
            case TENANT_MISSING -> "The token carries no tenant claim.";
            case NOT_FOUND -> "No API resource matches this path.";
            case METHOD_NOT_ALLOWED -> "The HTTP method is not supported for this path.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body's media type is not supported.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than allowed.";
            case RATE_LIMITED -> "Too many requests from this client; retry later.";
            case SERVICE_UNAVAILABLE -> "A service this call needs is down or too slow.";
            case INTERNAL_ERROR -> "An unexpected fault in the gateway.";
            default -> "The request could not be processed.";
        };
    }

    private static String title(ErrorCode code) {
        HttpStatus status = HttpStatus.resolve(code.status());
        return status != null ? status.getReasonPhrase() : code.name();
    }

    private static String originalPath(ServerWebExchange exchange) {
        String path = exchange.getAttribute(ORIGINAL_PATH_ATTR);
        return path != null ? path : exchange.getRequest().getPath().value();
    }

    /** The trace id of the server span of this request (the one every log line of the request carries). */
    static @Nullable String traceId(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(Span::context)
                .map(context -> context.traceId())
                .or(() -> Optional.ofNullable(incomingTraceId(exchange)))
                .orElse(null);
    }

    /** Fallback when tracing is switched off: the trace id of a W3C {@code traceparent} the client sent. */
    private static @Nullable String incomingTraceId(ServerWebExchange exchange) {
        String traceparent = exchange.getRequest().getHeaders().getFirst("traceparent");
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }
}
