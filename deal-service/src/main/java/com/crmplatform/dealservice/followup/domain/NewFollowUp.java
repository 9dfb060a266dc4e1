package com.crmplatform.dealservice.followup.domain;

import com.crmplatform.contracts.common.FollowUpType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a caller provides to record a follow-up; {@code occurredAt} null means now. */
public record NewFollowUp(
        FollowUpType type, String content, Instant occurredAt, Instant nextFollowUpAt, List<UUID> contactIds) {}
