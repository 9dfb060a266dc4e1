package com.crmplatform.customerservice.timeline.web;

import com.crmplatform.customerservice.timeline.domain.TimelineItem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One timeline entry: {@code type}, {@code id}, {@code at}, {@code by}, and the summary of a follow-up ({@code
 * followUpType}, {@code content}, {@code nextFollowUpAt}, {@code contactIds}) or of an ownership change ({@code
 * change}, {@code fromOwnerId}, {@code toOwnerId}, {@code reason}); absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineItemResponse(
        TimelineItem.Type type,
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

    static TimelineItemResponse from(TimelineItem i) {
        return new TimelineItemResponse(
                i.type(),
                i.id(),
                i.at(),
                i.by(),
                i.followUpType(),
                i.content(),
                i.nextFollowUpAt(),
                i.contactIds(),
                i.change(),
                i.fromOwnerId(),
                i.toOwnerId(),
                i.reason());
    }
}
