package com.crmplatform.billingservice.plan.web;

import com.crmplatform.billingservice.contract.domain.Money;
import com.crmplatform.billingservice.plan.domain.InstallmentDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code PUT /api/v1/contracts/{contractId}/payment-plan}: the whole new plan at the version the client read (0 for a
 * contract without one). An installment sent back with its {@code id} is kept; one without gets a new id.
 */
record PaymentPlanRequest(
        @NotNull @Min(0) Integer version,
        @NotNull @Size(max = 120) List<@NotNull @Valid InstallmentRequest> installments) {

    List<InstallmentDraft> toDrafts() {
        return installments.stream().map(InstallmentRequest::toDraft).toList();
    }

    /** One installment; {@code amount} exact to the cent and positive. */
    record InstallmentRequest(
            UUID id,
            @NotNull LocalDate dueDate,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2)
            BigDecimal amount,

            @Size(max = 500) String note) {

        InstallmentDraft toDraft() {
            return new InstallmentDraft(
                    id, dueDate, Money.cents(amount), note == null || note.isBlank() ? null : note.strip());
        }
    }
}
