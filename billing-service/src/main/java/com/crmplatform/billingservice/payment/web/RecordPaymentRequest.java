package com.crmplatform.billingservice.payment.web;

import com.crmplatform.billingservice.contract.domain.Money;
import com.crmplatform.billingservice.payment.domain.NewPayment;
import com.crmplatform.billingservice.payment.domain.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/v1/payments}: money received against a contract, in the contract's currency. */
record RecordPaymentRequest(
        @NotNull UUID contractId,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2)
        BigDecimal amount,

        @NotBlank @Size(max = 3) String currency,
        @NotNull LocalDate receivedAt,
        @NotNull PaymentMethod method,
        @Size(max = 100) String reference,
        @Size(max = 100) List<@NotNull UUID> installmentIds) {

    NewPayment toNewPayment() {
        return new NewPayment(
                contractId,
                Money.cents(amount),
                Money.currency(currency, "currency"),
                receivedAt,
                method,
                reference == null || reference.isBlank() ? null : reference.strip(),
                installmentIds == null
                        ? List.of()
                        : installmentIds.stream().distinct().toList());
    }
}
