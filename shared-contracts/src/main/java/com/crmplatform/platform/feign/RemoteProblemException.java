package com.crmplatform.platform.feign;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import java.util.Map;

/**
 * A problem document another service answered, decoded back into a typed error: the caller can react to
 * {@link #code()} and {@link #reason()}, or let it propagate and answer the client with the same code.
 */
public class RemoteProblemException extends CrmException {

    private final int status;

    public RemoteProblemException(
            int status, ErrorCode code, String reason, String detail, String field, Map<String, Object> properties) {
        super(code, reason, detail, field, properties);
        this.status = status;
    }

    /** The HTTP status the remote service answered. */
    public int status() {
        return status;
    }
}
