package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import java.util.Map;

/**
 * The one business error type of the platform. Services throw a subclass (or this class) and the shared
 * {@link ProblemDetailsAdvice} turns it into an RFC 9457 problem with the stable {@link ErrorCode}.
 * {@code reason} refines the code for clients (e.g. {@code LEAD_DUPLICATE} under {@code CONFLICT}).
 */
public class CrmException extends RuntimeException {

    private final ErrorCode code;
    private final String reason;
    private final String field;
    private final Map<String, Object> properties;

    public CrmException(ErrorCode code, String reason, String detail) {
        this(code, reason, detail, null, Map.of());
    }

    public CrmException(ErrorCode code, String reason, String detail, String field, Map<String, Object> properties) {
        super(detail);
        this.code = code;
        this.reason = reason;
        this.field = field;
        this.properties = Map.copyOf(properties);
    }

    public ErrorCode code() {
        return code;
    }

    /** A finer, stable reason such as {@code LEAD_DUPLICATE}; may equal {@code code().name()}. */
    public String reason() {
        return reason;
    }

    /** The offending field, when one field is to blame. */
    public String field() {
        return field;
    }

    /** Extra members for the problem document, e.g. {@code existingId} or {@code currentVersion}. */
    public Map<String, Object> properties() {
        return properties;
    }
}
