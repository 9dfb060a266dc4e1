package com.crmplatform.customerservice.contact.web;

import com.crmplatform.customerservice.contact.domain.ContactDetails;
import com.crmplatform.customerservice.contact.domain.DecisionRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST} and {@code PUT /api/v1/customers/{id}/contacts[/{contactId}]}. {@code version} is required on PUT;
 * {@code primary} true makes the contact primary (the old primary is demoted).
 */
record ContactRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String title,
        @Size(max = 100) String department,

        @Pattern(regexp = "\\+?[0-9][0-9 \\-]{4,30}", message = "must be a phone number of digits, spaces and dashes")
        String phone,

        @Email @Size(max = 254) String email,
        @Size(max = 200) String otherContact,
        DecisionRole decisionRole,
        Boolean primary,
        @Size(max = 2000) String notes,
        Integer version) {

    ContactDetails toDetails() {
        return new ContactDetails(
                name.strip(),
                trimmed(title),
                trimmed(department),
                trimmed(phone),
                trimmed(email),
                trimmed(otherContact),
                decisionRole,
                trimmed(notes));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
