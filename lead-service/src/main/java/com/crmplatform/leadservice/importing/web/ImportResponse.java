package com.crmplatform.leadservice.importing.web;

import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.leadservice.importing.domain.ImportReport;
import com.crmplatform.leadservice.importing.domain.ImportRow;
import java.util.List;
import java.util.UUID;

/** The import report: counts, then each data row (1 = the line after the header) with its outcome. */
record ImportResponse(int total, int created, int duplicates, int invalid, List<Row> rows) {

    record Row(int row, ImportRow.Outcome outcome, UUID leadId, UUID existingId, List<FieldViolation> errors) {}

    static ImportResponse from(ImportReport report) {
        return new ImportResponse(
                report.total(),
                report.created(),
                report.duplicates(),
                report.invalid(),
                report.rows().stream()
                        .map(row -> new Row(
                                row.row(),
                                row.outcome(),
                                row.leadId(),
                                row.existingId(),
                                row.errors().isEmpty() ? null : row.errors()))
                        .toList());
    }
}
