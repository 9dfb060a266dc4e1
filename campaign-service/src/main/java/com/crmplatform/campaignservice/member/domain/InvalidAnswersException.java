package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.platform.error.CrmException;
import java.util.List;
import java.util.Map;

/**
 * Answers refused by {@link AnswerValidation}: 400 {@code VALIDATION_FAILED}, reason {@code INVALID_ANSWERS}, with
 * {@code errors} naming each field as {@code answers.<key>}.
 */
public class InvalidAnswersException extends CrmException {

    private final List<FieldViolation> errors;

    public InvalidAnswersException(List<FieldViolation> errors) {
        super(
                ErrorCode.VALIDATION_FAILED,
                "INVALID_ANSWERS",
                errors.size() == 1
                        ? "answers." + errors.getFirst().field() + " "
                                + errors.getFirst().message()
                        : "Some answers are invalid",
                "answers." + errors.getFirst().field(),
                Map.of("errors", prefixed(errors)));
        this.errors = List.copyOf(errors);
    }

    /** The refused answers, {@code field} being the answer's key. */
    public List<FieldViolation> errors() {
        return errors;
    }

    private static List<FieldViolation> prefixed(List<FieldViolation> errors) {
        return errors.stream()
                .map(e -> new FieldViolation("answers." + e.field(), e.code(), e.message()))
                .toList();
    }
}
