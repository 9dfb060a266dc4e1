package com.crmplatform.dealservice.opportunity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stage history of opportunities, always within one tenant. */
public interface StageHistory {

    void record(StageChange change);

    /** Oldest first. */
    List<StageChange> of(String tenant, UUID opportunityId);

    /** The open stage the opportunity was in before it was last closed. */
    Optional<String> stageBeforeClosing(String tenant, UUID opportunityId);
}
