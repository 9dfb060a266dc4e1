package com.crmplatform.gateway;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.gateway.GatewayProperties.RequestLimits;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses, before anything else reads them, a request line longer than {@code crm.gateway.request-limits.max-uri-length}
 * (414 {@code URI_TOO_LONG}) and a body whose declared length is above the limit of its path (413
 * {@code PAYLOAD_TOO_LARGE}): a 20 MB JSON body is answered at once instead of being forwarded and parsed whole.
 * A body sent without a length (chunked) is counted as it is passed on and fails at the limit, answered 413 as well:
 * at most the limit is ever read or buffered (a route with a fallback caches the body it forwards). Runs right after
 * {@link ProblemResponseWebFilter}, before authentication: a refused request costs nothing more.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLimitsWebFilter implements WebFilter {

    /** The bulk uploads, which get {@code max-upload-size}. */
    private static final PathPattern[] UPLOADS = {
        PathPatternParser.defaultInstance.parse("/api/v1/leads/import"),
        PathPatternParser.defaultInstance.parse("/api/v1/campaigns/{id}/members/import")
    };

    private final RequestLimits limits;
    private final Problems problems;

    RequestLimitsWebFilter(GatewayProperties properties, Problems problems) {
        this.limits = properties.requestLimits();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String query = request.getURI().getRawQuery();
        int uriLength = request.getURI().getRawPath().length() + (query == null ? 0 : query.length() + 1);
        if (uriLength > limits.maxUriLength()) {
            return problems.write(
                    exchange,
                    ErrorCode.URI_TOO_LONG,
                    "The path and query may be at most " + limits.maxUriLength() + " characters; this one has "
                            + uriLength + ". Send long filters in fewer or shorter parameters.");
        }
        long maxBody = isUpload(request)
                ? limits.maxUploadSize().toBytes()
                : limits.maxBodySize().toBytes();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBody) {
            return problems.write(
                    exchange,
                    ErrorCode.PAYLOAD_TOO_LARGE,
                    "The body may be at most " + maxBody + " bytes on this path; this one declares " + declared + ".");
        }
        if (declared >= 0 || request.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING) == null) {
            return chain.filter(exchange); // a declared body is within its limit; no body at all needs no counting
        }
        ServerWebExchange limited =
                exchange.mutate().request(new LimitedBody(request, maxBody)).build();
        return chain.filter(limited).onErrorResume(e -> tooLarge(e, exchange));
    }

    private Mono<Void> tooLarge(Throwable e, ServerWebExchange exchange) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge == null || exchange.getResponse().isCommitted()) {
            return Mono.error(e);
        }
        return problems.write(exchange, ErrorCode.PAYLOAD_TOO_LARGE, tooLarge.detail());
    }

    /** A body without a declared length, failing with {@link BodyTooLargeException} once past the limit. */
    private static final class LimitedBody extends ServerHttpRequestDecorator {

        private final long limit;

        LimitedBody(ServerHttpRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new BodyTooLargeException(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }

    private static boolean isUpload(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        for (PathPattern upload : UPLOADS) {
            if (upload.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
