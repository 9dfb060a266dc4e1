package com.crmplatform.campaignservice.member.web;

import com.crmplatform.campaignservice.member.domain.CaptureOutcome;
import com.crmplatform.campaignservice.member.domain.ImportReport;
import com.crmplatform.contracts.common.FieldViolation;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a batch of members (a JSON array or a CSV import): counts, then each item with its outcome.
 *
 * @param items each item: {@code index} is the array position (from 0) or the CSV data row (from 1)
 */
record CaptureReport(int total, int created, int merged, int invalid, List<Item> items) {

    /**
     * @param memberId the created or updated member (CREATED, MERGED)
     * @param errors why it was refused (INVALID): {@code answers.<key>}, or {@code row} for a CSV row of the wrong
     *     width
     */
    record Item(int index, CaptureOutcome.Outcome outcome, UUID memberId, List<FieldViolation> errors) {}

    static CaptureReport from(List<CaptureOutcome> outcomes) {
        return from(ImportReport.of(outcomes));
    }

    static CaptureReport from(ImportReport report) {
        return new CaptureReport(
                report.total(),
                report.created(),
                report.merged(),
                report.invalid(),
                report.rows().stream()
                        .map(o -> new Item(
                                o.index(),
                                o.outcome(),
                                o.member() == null ? null : o.member().id(),
                                o.errors().isEmpty() ? null : prefixed(o.errors())))
                        .toList());
    }

    private static List<FieldViolation> prefixed(List<FieldViolation> errors) {
        return errors.stream()
                .map(e -> e.field().equals("row") || e.field().equals("answers")
                        ? e
                        : new FieldViolation("answers." + e.field(), e.code(), e.message()))
                .toList();
    }
}
