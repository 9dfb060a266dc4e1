package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.opportunity.domain.StageChange;
import java.time.Instant;

/** One entry of an opportunity's stage history ({@code fromStage} null: created). */
record StageChangeResponse(String fromStage, String toStage, String lossReason, String changedBy, Instant changedAt) {

    static StageChangeResponse from(StageChange c) {
        return new StageChangeResponse(c.fromStage(), c.toStage(), c.lossReason(), c.changedBy(), c.changedAt());
    }
}
