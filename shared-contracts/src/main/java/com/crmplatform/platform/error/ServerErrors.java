package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The code of an error the server raised with a bare status, before or without a controller: Tomcat refusing a
 * request line, Spring Security's firewall, a {@code sendError} of a filter. A 400 there is a request that is not
 * well formed ({@code MALFORMED_REQUEST}); a status without a code of its own keeps its status and gets the nearest
 * code.
 */
final class ServerErrors {

    private ServerErrors() {}

    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401, 403, 404, 405, 409, 413, 415, 429, 503 -> ProblemDetailsAdvice.codeFor(status);
            case 414 -> ErrorCode.URI_TOO_LONG;
            default -> status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    static String detailFor(ErrorCode code) {
        return switch (code) {
            case MALFORMED_REQUEST -> "The request is not well formed (its path, a header or its request line)";
            case NOT_FOUND -> "No resource at this path";
            case URI_TOO_LONG -> "The path and query are too long";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than allowed";
            case INTERNAL_ERROR -> "An unexpected error occurred; quote the traceId when reporting it";
            default -> title(code.status());
        };
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
