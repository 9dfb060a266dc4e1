package com.crmplatform.leadservice.importing.domain;

import com.crmplatform.contracts.common.FieldViolation;
import java.util.List;
import java.util.UUID;

/**
 * What happened to one data row (row 1 is the first line after the header).
 *
 * @param leadId the created lead (CREATED)
 * @param existingId the lead it duplicates, in the tenant or earlier in the file (DUPLICATE)
 * @param errors why the row is invalid (INVALID)
 */
public record ImportRow(int row, Outcome outcome, UUID leadId, UUID existingId, List<FieldViolation> errors) {

    public enum Outcome {
        CREATED,
        DUPLICATE,
        INVALID
    }

    static ImportRow created(int row, UUID leadId) {
        return new ImportRow(row, Outcome.CREATED, leadId, null, List.of());
    }

    static ImportRow duplicate(int row, UUID existingId) {
        return new ImportRow(row, Outcome.DUPLICATE, null, existingId, List.of());
    }

    static ImportRow invalid(int row, List<FieldViolation> errors) {
        return new ImportRow(row, Outcome.INVALID, null, null, errors);
    }
}
