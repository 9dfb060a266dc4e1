package com.crmplatform.campaignservice.sync.web;

import com.crmplatform.campaignservice.sync.domain.SyncReport;
import com.crmplatform.contracts.campaign.IntakeOutcome;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.List;
import java.util.UUID;

/**
 * A sync's report.
 *
 * @param synced members newly created as leads or customers
 * @param linked members linked to an existing lead or customer with the same phone or e-mail
 * @param failed members refused by the lead or customer rules (they stay unsynced; fix and sync again)
 * @param results every failed member and up to 1,000 entries in all
 * @param truncated whether created or linked members were left out of {@code results}
 */
record SyncReportResponse(int synced, int linked, int failed, List<Result> results, boolean truncated) {

    static SyncReportResponse from(SyncReport report) {
        return new SyncReportResponse(
                report.synced(),
                report.linked(),
                report.failed(),
                report.results().stream().map(Result::from).toList(),
                report.truncated());
    }

    /**
     * @param memberId the member
     * @param outcome CREATED, LINKED or FAILED
     * @param recordId the lead's or customer's id
     * @param reason why it failed
     */
    record Result(UUID memberId, IntakeOutcome outcome, UUID recordId, String reason) {

        static Result from(MemberIntakeResult result) {
            return new Result(result.memberId(), result.outcome(), result.recordId(), result.reason());
        }
    }
}
