package com.crmplatform.billingservice.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewPaymentTests {

    final UUID contract = UUID.randomUUID();
    final UUID first = UUID.randomUUID();
    final UUID second = UUID.randomUUID();

    @Test
    void theSameRequestHasTheSameFingerprintHoweverItsInstallmentsAreOrdered() {
        assertThat(payment("10.00", "REF", first, second).fingerprint())
                .isEqualTo(payment("10.00", "REF", second, first).fingerprint())
                .hasSize(64);
    }

    @Test
    void anyDifferenceInWhatIsAskedChangesTheFingerprint() {
        String base = payment("10.00", "REF", first).fingerprint();

        assertThat(payment("10.01", "REF", first).fingerprint()).isNotEqualTo(base);
        assertThat(payment("10.00", "REF2", first).fingerprint()).isNotEqualTo(base);
        assertThat(payment("10.00", null, first).fingerprint()).isNotEqualTo(base);
        assertThat(payment("10.00", "REF", second).fingerprint()).isNotEqualTo(base);
        assertThat(payment("10.00", "REF").fingerprint()).isNotEqualTo(base);
        assertThat(new NewPayment(
                                contract,
                                new BigDecimal("10.00"),
                                "CNY",
                                LocalDate.of(2026, 1, 1),
                                PaymentMethod.CASH,
                                "REF",
                                List.of(first))
                        .fingerprint())
                .isNotEqualTo(base);
    }

    private NewPayment payment(String amount, String reference, UUID... installments) {
        return new NewPayment(
                contract,
                new BigDecimal(amount),
                "CNY",
                LocalDate.of(2026, 1, 1),
                PaymentMethod.BANK_TRANSFER,
                reference,
                List.of(installments));
    }
}
