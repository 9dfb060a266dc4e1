package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.lineitem.web.LineItemResponse;
import com.crmplatform.dealservice.opportunity.domain.Opportunity;
import com.crmplatform.dealservice.opportunity.domain.OpportunityStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An opportunity as clients see it; amounts are exact JSON numbers with their currency beside them. */
record OpportunityResponse(
        UUID id,
        UUID customerId,
        String name,
        BigDecimal amount,
        String currency,
        List<LineItemResponse> lines,
        LocalDate expectedCloseDate,
        String stage,
        int probability,
        OpportunityStatus status,
        String lossReason,
        String ownerId,
        List<UUID> contactIds,
        UUID sourceCampaignId,
        String description,
        Instant closedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    static OpportunityResponse from(Opportunity o) {
        var d = o.details();
        return new OpportunityResponse(
                o.id(),
                o.customerId(),
                d.name(),
                d.amount(),
                d.currency(),
                d.lines().stream().map(LineItemResponse::from).toList(),
                d.expectedCloseDate(),
                o.stage(),
                o.probability(),
                o.status(),
                o.lossReason(),
                o.ownerId(),
                d.contactIds(),
                o.sourceCampaignId(),
                d.description(),
                o.closedAt(),
                o.createdBy(),
                o.createdAt(),
                o.updatedAt(),
                o.version());
    }
}
