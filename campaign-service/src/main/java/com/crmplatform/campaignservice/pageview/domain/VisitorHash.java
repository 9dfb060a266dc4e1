package com.crmplatform.campaignservice.pageview.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stored form of a visitor: the first 16 bytes of HMAC-SHA256(secret, address | user agent | day). Without the
 * secret the address cannot be recovered or even tested, and because the day is hashed in, the same visitor has
 * unrelated hashes on different days: one day's visitors can be counted, nobody can be followed.
 */
final class VisitorHash {

    static final int LENGTH = 16;

    private final SecretKeySpec key;

    VisitorHash(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    byte[] of(String clientAddress, String userAgent, LocalDate day) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // Separated by a byte that cannot occur in the parts' UTF-8, so ("a","b c") and ("a b","c") differ.
            byte[] separator = {(byte) 0xFF};
            mac.update(clientAddress.getBytes(StandardCharsets.UTF_8));
            mac.update(separator);
            mac.update(userAgent.getBytes(StandardCharsets.UTF_8));
            mac.update(separator);
            mac.update(day.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(mac.doFinal(), LENGTH);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
