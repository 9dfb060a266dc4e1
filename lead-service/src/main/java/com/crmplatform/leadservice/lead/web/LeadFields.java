package com.crmplatform.leadservice.lead.web;

import com.crmplatform.leadservice.lead.domain.ContactDetails;

/** The field rules create and update share. */
final class LeadFields {

    static final String PHONE = "\\+?[0-9][0-9 \\-]{4,30}";
    static final String PHONE_MESSAGE = "must be a phone number of digits, spaces and dashes";
    static final int MAX_CUSTOM_FIELDS = 50;

    private LeadFields() {}

    static ContactDetails contact(
            String name, String company, String title, String phone, String email, String otherContact) {
        return new ContactDetails(
                name.strip(), trimmed(company), trimmed(title), trimmed(phone), trimmed(email), trimmed(otherContact));
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String trimmed(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
