package com.crmplatform.customerservice.timeline.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a customer's timeline: a follow-up or an ownership change. The fields of the other kind are null.
 *
 * @param id the follow-up's or the history entry's id
 * @param at when the follow-up happened, or when the owner changed
 * @param by who recorded the follow-up, or who changed the owner ({@code system} for recycling)
 */
public record TimelineItem(
        Type type,
        UUID id,
        Instant at,
        String by,
        String followUpType,
        String content,
        Instant nextFollowUpAt,
        List<UUID> contactIds,
        String change,
        String fromOwnerId,
        String toOwnerId,
        String reason) {

    public enum Type {
        FOLLOW_UP,
        OWNER_CHANGE
    }
}
