package com.crmplatform.leadservice.lead.web;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A lead as clients see it. */
public record LeadResponse(
        UUID id,
        String name,
        String company,
        String title,
        String phone,
        String email,
        String otherContact,
        LeadSource source,
        String channel,
        UUID campaignId,
        String industry,
        String city,
        String notes,
        Map<String, String> customFields,
        LeadStatus status,
        String invalidReason,
        String ownerId,
        UUID customerId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant lastFollowUpAt,
        Instant nextFollowUpAt,
        int version) {

    public static LeadResponse from(Lead lead) {
        return new LeadResponse(
                lead.id(),
                lead.contact().name(),
                lead.contact().company(),
                lead.contact().title(),
                lead.contact().phone(),
                lead.contact().email(),
                lead.contact().otherContact(),
                lead.source(),
                lead.channel(),
                lead.campaignId(),
                lead.profile().industry(),
                lead.profile().city(),
                lead.profile().notes(),
                lead.profile().customFields(),
                lead.status(),
                lead.invalidReason(),
                lead.ownerId(),
                lead.customerId(),
                lead.createdBy(),
                lead.createdAt(),
                lead.updatedAt(),
                lead.lastFollowUpAt(),
                lead.nextFollowUpAt(),
                lead.version());
    }
}
