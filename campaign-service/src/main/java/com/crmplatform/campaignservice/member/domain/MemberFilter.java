package com.crmplatform.campaignservice.member.domain;

import java.time.Instant;

/**
 * Optional filters of a campaign's member list, combined with AND.
 *
 * @param submittedFrom first submission at or after (inclusive)
 * @param submittedTo first submission before (exclusive)
 */
public record MemberFilter(MemberOrigin origin, SyncStatus syncStatus, Instant submittedFrom, Instant submittedTo) {}
