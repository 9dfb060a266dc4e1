package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.contracts.common.FieldViolation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers checked against one form version: either valid (then {@code answers} holds them in their stored form and
 * {@code phone}/{@code email} their normalized forms) or not ({@code errors}, one per field, each {@code field}
 * being the answer's key).
 *
 * @param formVersion the form version they were checked against
 * @param answers by key in form order: text as a String, NUMBER a BigDecimal, MULTI_CHOICE a list of options,
 *     CONSENT a Boolean; unanswered fields are absent
 * @param name the answer to the catalogue field {@code name}, or null
 * @param phone the normalized phone, or null
 * @param email the normalized (lower-cased) e-mail, or null
 */
public record AnswerCheck(
        int formVersion,
        Map<String, Object> answers,
        String name,
        String phone,
        String email,
        List<FieldViolation> errors) {

    public AnswerCheck {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
