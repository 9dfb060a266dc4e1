package com.crmplatform.contracts.common;

/**
 * The platform's stable, machine-readable error codes. They appear as the {@code code} member of every
 * RFC 9457 problem document and never change meaning; new codes are added, old ones are never reused.
 */
public enum ErrorCode {
    /** One or more fields are invalid; the problem's {@code errors} list names them. */
    VALIDATION_FAILED(400),
    /** The body is not JSON, or a value has the wrong type (e.g. an unknown enum constant). */
    MALFORMED_REQUEST(400),
    /** A query or path parameter has the wrong type or is missing. */
    INVALID_PARAMETER(400),
    /** No valid bearer token. */
    UNAUTHENTICATED(401),
    /** The token is valid but the user's roles do not allow the call. */
    ACCESS_DENIED(403),
    /** The token carries no tenant (business line) claim. */
    TENANT_MISSING(403),
    /** The resource does not exist, or the caller may not know it exists. */
    NOT_FOUND(404),
    /** The HTTP method is not supported for this path. */
    METHOD_NOT_ALLOWED(405),
    /** The request body's media type is not supported. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** The change conflicts with the current state (duplicate, illegal transition). */
    CONFLICT(409),
    /** The resource was changed by someone else since the client read it. */
    STALE_VERSION(409),
    /** The resource existed and is over for good (e.g. the public form of a campaign that has ended). */
    GONE(410),
    /** The request body or upload is larger than allowed. */
    PAYLOAD_TOO_LARGE(413),
    /** The request's path and query are longer than allowed. */
    URI_TOO_LONG(414),
    /** Too many requests from this client; retry later. */
    RATE_LIMITED(429),
    /** A service this call needs is down or too slow; nothing was changed. */
    SERVICE_UNAVAILABLE(503),
    /** An unexpected fault on our side. */
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The problem {@code type} URI for this code, e.g. {@code urn:problem:crm:validation-failed}. */
    public String typeUri() {
        return "urn:problem:crm:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
