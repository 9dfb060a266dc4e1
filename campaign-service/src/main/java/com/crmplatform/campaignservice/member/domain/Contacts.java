package com.crmplatform.campaignservice.member.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a member's phone and e-mail are compared: a second submission with the same normalized phone or e-mail in the
 * same campaign is the same person.
 */
public final class Contacts {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    /** Something like a@b.c: no spaces, one @, a dot in the domain, neither at an end. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private Contacts() {}

    /**
     * The phone with spaces and dashes removed, when what is left is 5–20 digits with an optional leading {@code +};
     * else null (not a phone number).
     */
    public static String normalizePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.strip().replace(" ", "").replace("-", "").replace("\u00A0", "");
        return PHONE.matcher(compact).matches() ? compact : null;
    }

    /** The address stripped and lower-cased when it looks like an e-mail address (at most 254 characters), else null. */
    public static String normalizeEmail(String email) {
        if (email == null) {
            return null;
        }
        String lower = email.strip().toLowerCase(Locale.ROOT);
        return lower.length() <= 254 && EMAIL.matcher(lower).matches() ? lower : null;
    }
}
