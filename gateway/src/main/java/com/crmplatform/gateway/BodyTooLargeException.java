package com.crmplatform.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A body sent without a length (chunked) that grew past its path's limit while the gateway passed it on. A 413
 * wherever it surfaces: {@link RequestLimitsWebFilter}, the error handler, or a route's fallback (the circuit
 * breaker hands every error of a route to its fallback, and does not count this one as the service's failure).
 */
class BodyTooLargeException extends ResponseStatusException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The body may be at most " + limit + " bytes on this path.");
        this.limit = limit;
    }

    String detail() {
        return "The body may be at most " + limit + " bytes on this path; this one (sent without a length) is larger.";
    }

    /** This exception, when it is {@code e} or one of its causes (the HTTP client may wrap it). */
    static BodyTooLargeException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
