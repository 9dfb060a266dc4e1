package com.crmplatform.leadservice.lead.web;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.NewLead;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** {@code POST /api/v1/leads}: a person, how to reach them (phone or email), and where they came from. */
record CreateLeadRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String company,
        @Size(max = 100) String title,

        @Pattern(regexp = "\\+?[0-9][0-9 \\-]{4,30}", message = "must be a phone number of digits, spaces and dashes")
        String phone,

        @Email @Size(max = 254) String email,
        @NotNull LeadSource source,
        UUID campaignId) {

    @AssertTrue(message = "a lead needs a phone or an email")
    boolean isReachable() {
        return !isBlank(phone) || !isBlank(email);
    }

    NewLead toNewLead() {
        return new NewLead(
                new ContactDetails(name.strip(), trimmed(company), trimmed(title), trimmed(phone), trimmed(email)),
                source,
                campaignId);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
