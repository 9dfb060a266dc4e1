package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import java.util.Map;

/** The request conflicts with the current state: a duplicate, or a transition the state machine forbids. */
public class ConflictException extends CrmException {

    public ConflictException(String reason, String detail) {
        super(ErrorCode.CONFLICT, reason, detail);
    }

    public ConflictException(String reason, String detail, Map<String, Object> properties) {
        super(ErrorCode.CONFLICT, reason, detail, null, properties);
    }
}
