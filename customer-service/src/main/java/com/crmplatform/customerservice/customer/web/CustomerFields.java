package com.crmplatform.customerservice.customer.web;

import java.util.List;

/** Input clean-up shared by the customer requests: blanks become null, text is trimmed. */
final class CustomerFields {

    static final String PHONE = "\\+?[0-9][0-9 \\-]{4,30}";
    static final String PHONE_MESSAGE = "must be a phone number of digits, spaces and dashes";
    static final String TAG = "[^\\p{Cntrl},]{1,30}";

    private CustomerFields() {}

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> cleanTags(List<String> tags) {
        return tags == null
                ? List.of()
                : tags.stream().map(String::strip).distinct().toList();
    }
}
