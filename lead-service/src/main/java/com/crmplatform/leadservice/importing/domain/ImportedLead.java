package com.crmplatform.leadservice.importing.domain;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.source.domain.SourceChannel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * One CSV row, after its text was converted; validated with the same rules as {@code POST /api/v1/leads} (the
 * source or channel against the tenant's channels afterwards).
 */
record ImportedLead(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String company,
        @Size(max = 100) String title,

        @Pattern(regexp = "\\+?[0-9][0-9 \\-]{4,30}", message = "must be a phone number of digits, spaces and dashes")
        String phone,

        @Email @Size(max = 254) String email,
        @Size(max = 100) String otherContact,
        LeadSource source,

        @Pattern(regexp = SourceChannel.CODE_PATTERN, message = SourceChannel.CODE_MESSAGE)
        String channel,

        UUID campaignId,
        @Size(max = 100) String industry,
        @Size(max = 100) String city,
        @Size(max = 2000) String notes) {

    @AssertTrue(message = "a lead needs a phone or an email")
    boolean isReachable() {
        return phone != null || email != null;
    }
}
