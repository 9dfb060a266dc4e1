package com.crmplatform.campaignservice.campaign.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** Secret promotion link tokens: 144 random bits from {@link SecureRandom}, URL-safe base64 (24 characters). */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 18;

    private LinkTokens() {}

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when {@code text} could be a token (so anything else is refused before it reaches the database). */
    public static boolean looksLikeToken(String text) {
        return text != null && text.matches("[A-Za-z0-9_-]{16,64}");
    }
}
