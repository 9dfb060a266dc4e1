package com.crmplatform.customerservice.customer.domain;

import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.lead.LeadSource;
import java.util.List;
import java.util.Locale;

/** What a user can write about a customer (everything but ownership, deal status and follow-up times). */
public record CustomerDetails(
        CustomerKind kind,
        String name,
        String industry,
        CustomerLevel level,
        LeadSource source,
        String address,
        String phone,
        String website,
        String remarks,
        List<String> tags) {

    public CustomerDetails {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The name as duplicates are compared: lower case, blanks collapsed to one space, trimmed. */
    public String normalizedName() {
        return normalizeName(name);
    }

    /** The phone's digits only, or null when it has none. */
    public String phoneDigits() {
        return digitsOf(phone);
    }

    public static String normalizeName(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static String digitsOf(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }
}
