package com.crmplatform.leadservice.lead.domain;

import java.util.Locale;

/**
 * Who the lead is and how to reach them. At least one of phone and email is present.
 *
 * @param otherContact another way to reach them, e.g. a WeChat id
 */
public record ContactDetails(
        String name, String company, String title, String phone, String email, String otherContact) {

    /** The phone's digits only (what duplicate detection compares), or null. */
    public String normalizedPhone() {
        return normalizePhone(phone);
    }

    /** The email lower-cased (what duplicate detection compares), or null. */
    public String normalizedEmail() {
        return normalizeEmail(email);
    }

    public static String normalizePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    public static String normalizeEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
