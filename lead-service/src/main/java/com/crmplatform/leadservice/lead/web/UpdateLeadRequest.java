package com.crmplatform.leadservice.lead.web;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.LeadEdit;
import com.crmplatform.leadservice.lead.domain.LeadProfile;
import com.crmplatform.leadservice.source.domain.SourceChannel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * {@code PUT /api/v1/leads/{id}}: the editable fields as a whole (an absent field is cleared), and the
 * {@code version} the client read (or an {@code If-Match} header).
 */
record UpdateLeadRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String company,
        @Size(max = 100) String title,

        @Pattern(regexp = LeadFields.PHONE, message = LeadFields.PHONE_MESSAGE)
        String phone,

        @Email @Size(max = 254) String email,
        @Size(max = 100) String otherContact,
        LeadSource source,

        @Pattern(regexp = SourceChannel.CODE_PATTERN, message = SourceChannel.CODE_MESSAGE)
        String channel,

        UUID campaignId,
        @Size(max = 100) String industry,
        @Size(max = 100) String city,
        @Size(max = 2000) String notes,

        @Size(max = LeadFields.MAX_CUSTOM_FIELDS)
        Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 1000) String> customFields,

        Instant nextFollowUpAt,
        @Min(0) Integer version) {

    @AssertTrue(message = "a lead needs a phone or an email")
    boolean isReachable() {
        return !LeadFields.isBlank(phone) || !LeadFields.isBlank(email);
    }

    LeadEdit toEdit() {
        return new LeadEdit(
                LeadFields.contact(name, company, title, phone, email, otherContact),
                new LeadProfile(
                        LeadFields.trimmed(industry),
                        LeadFields.trimmed(city),
                        LeadFields.trimmed(notes),
                        customFields),
                source,
                LeadFields.trimmed(channel),
                campaignId,
                nextFollowUpAt);
    }
}
