package com.crmplatform.billingservice.plan.web;

import com.crmplatform.billingservice.plan.domain.Installment;
import com.crmplatform.billingservice.plan.domain.InstallmentStatus;
import com.crmplatform.billingservice.plan.domain.PaymentPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract's payment plan with where its money stands: what a salesperson follows up on and finance checks. Amounts
 * are exact JSON numbers in {@code currency}.
 */
record PaymentPlanResponse(
        UUID contractId,
        String contractNumber,
        String contractStatus,
        UUID customerId,
        String ownerId,
        String currency,
        BigDecimal contractAmount,
        BigDecimal planned,
        BigDecimal collected,
        BigDecimal recordedUnconfirmed,
        BigDecimal outstanding,
        BigDecimal overdue,
        int version,
        List<InstallmentResponse> installments,
        String updatedBy,
        Instant updatedAt) {

    static PaymentPlanResponse from(PaymentPlan plan) {
        var c = plan.contract();
        var b = plan.balance();
        return new PaymentPlanResponse(
                c.id(),
                c.number(),
                c.status(),
                c.customerId(),
                c.ownerId(),
                c.currency(),
                c.amount(),
                b.planned(),
                b.collected(),
                b.recorded(),
                plan.outstanding(),
                plan.overdue(),
                plan.header().version(),
                plan.installments().stream()
                        .map(i -> InstallmentResponse.from(i, plan.today()))
                        .toList(),
                plan.header().updatedBy(),
                plan.header().updatedAt());
    }

    /**
     * @param paid collected against it (confirmed payments)
     * @param recorded recorded against it but not confirmed yet
     */
    record InstallmentResponse(
            UUID id,
            LocalDate dueDate,
            BigDecimal amount,
            String note,
            BigDecimal paid,
            BigDecimal recorded,
            BigDecimal unpaid,
            InstallmentStatus status) {

        static InstallmentResponse from(Installment i, LocalDate today) {
            return new InstallmentResponse(
                    i.id(),
                    i.dueDate(),
                    i.amount(),
                    i.note(),
                    i.paid(),
                    i.reserved().subtract(i.paid()),
                    i.unpaid(),
                    i.status(today));
        }
    }
}
