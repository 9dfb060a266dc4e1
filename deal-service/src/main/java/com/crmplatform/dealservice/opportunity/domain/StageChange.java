package com.crmplatform.dealservice.opportunity.domain;

import java.time.Instant;
import java.util.UUID;

/** One move of an opportunity between stages (from null: created), kept as its history. */
public record StageChange(
        UUID id,
        String tenant,
        UUID opportunityId,
        String fromStage,
        String toStage,
        String lossReason,
        String changedBy,
        Instant changedAt) {

    public static StageChange of(Opportunity after, String fromStage, String by) {
        return new StageChange(
                UUID.randomUUID(),
                after.tenant(),
                after.id(),
                fromStage,
                after.stage(),
                after.lossReason(),
                by,
                after.updatedAt());
    }
}
