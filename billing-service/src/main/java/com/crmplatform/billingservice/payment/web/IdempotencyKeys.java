package com.crmplatform.billingservice.payment.web;

import com.crmplatform.platform.error.InvalidRequestException;

/**
 * The {@code Idempotency-Key} request header: optional, but a client that may retry {@code POST /api/v1/payments}
 * (a timeout, a lost answer) must send one, a fresh one (a UUID) per payment it means to record.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    /** Answers {@code true} when the payment was recorded by an earlier request with the same key. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private IdempotencyKeys() {}

    /** The key, or null without one; 400 on {@code Idempotency-Key} unless it is 1–200 visible ASCII characters. */
    static String check(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidRequestException(
                    HEADER, "IdempotencyKey", HEADER + " must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }
}
