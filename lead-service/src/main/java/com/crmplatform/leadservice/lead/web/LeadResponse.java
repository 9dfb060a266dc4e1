package com.crmplatform.leadservice.lead.web;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import java.time.Instant;
import java.util.UUID;

/** A lead as clients see it. */
record LeadResponse(
        UUID id,
        String name,
        String company,
        String title,
        String phone,
        String email,
        LeadSource source,
        UUID campaignId,
        LeadStatus status,
        String ownerId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    static LeadResponse from(Lead lead) {
        return new LeadResponse(
                lead.id(),
                lead.contact().name(),
                lead.contact().company(),
                lead.contact().title(),
                lead.contact().phone(),
                lead.contact().email(),
                lead.source(),
                lead.campaignId(),
                lead.status(),
                lead.ownerId(),
                lead.createdBy(),
                lead.createdAt(),
                lead.updatedAt(),
                lead.version());
    }
}
