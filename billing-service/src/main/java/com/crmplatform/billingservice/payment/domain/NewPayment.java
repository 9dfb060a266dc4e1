package com.crmplatform.billingservice.payment.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A payment as a client records it.
 *
 * @param amount positive, scale 2
 * @param currency ISO 4217, upper case; must be the contract's
 * @param installmentIds the installments it settles first, without repeats
 */
public record NewPayment(
        UUID contractId,
        BigDecimal amount,
        String currency,
        LocalDate receivedAt,
        PaymentMethod method,
        String reference,
        List<UUID> installmentIds) {

    public NewPayment {
        installmentIds = List.copyOf(installmentIds);
    }

    /**
     * SHA-256 of what was asked, in one canonical form (amount at scale 2, installments sorted): a repeat under the same
     * {@code Idempotency-Key} must ask exactly this, else it is another payment reusing the key.
     */
    public String fingerprint() {
        String canonical = String.join(
                "\n",
                contractId.toString(),
                amount.toPlainString(),
                currency,
                receivedAt.toString(),
                method.name(),
                reference == null ? "" : reference,
                String.join(
                        ",",
                        installmentIds.stream().map(UUID::toString).sorted().toList()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
