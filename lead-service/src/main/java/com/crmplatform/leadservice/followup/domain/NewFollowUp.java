package com.crmplatform.leadservice.followup.domain;

import com.crmplatform.contracts.common.FollowUpType;
import java.time.Instant;

/** What the owner records: how, what, when, and when next. */
public record NewFollowUp(FollowUpType type, String content, Instant occurredAt, Instant nextFollowUpAt) {}
