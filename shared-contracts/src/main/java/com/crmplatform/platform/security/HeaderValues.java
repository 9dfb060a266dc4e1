package com.crmplatform.platform.security;

/**
 * The firewall's rule for request header values, as Spring Security's default (no ISO control characters but tab,
 * no unassigned code points) without its regular expression, which scanned every header, the bearer token included,
 * on every request. Printable ASCII, nearly every header, is accepted by a range check.
 */
public final class HeaderValues {

    private HeaderValues() {}

    /** Whether the firewall lets {@code value} through; a missing value (null) has nothing to refuse. */
    public static boolean allowed(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\t') {
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.UNASSIGNED) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
