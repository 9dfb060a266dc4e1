package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import java.util.List;

/** Input that passed Bean Validation but breaks a rule only the service can check (e.g. an unknown sort field). */
public class InvalidRequestException extends CrmException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(String field, String code, String message) {
        super(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.name(), message, field, java.util.Map.of());
        this.violations = List.of(new FieldViolation(field, code, message));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
