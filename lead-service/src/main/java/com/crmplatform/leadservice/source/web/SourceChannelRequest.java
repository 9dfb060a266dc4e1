package com.crmplatform.leadservice.source.web;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.source.domain.SourceChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/v1/leads/sources/{code}}: the channel as a whole; an absent {@code source} is OTHER, an absent
 * {@code active} true.
 */
record SourceChannelRequest(@NotBlank @Size(max = 100) String label, LeadSource source, Boolean active) {

    SourceChannel toChannel(String code) {
        return new SourceChannel(
                code, label.strip(), source == null ? LeadSource.OTHER : source, active == null || active);
    }
}
