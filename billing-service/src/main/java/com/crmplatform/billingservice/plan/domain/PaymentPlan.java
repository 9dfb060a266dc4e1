package com.crmplatform.billingservice.plan.domain;

import com.crmplatform.billingservice.contract.domain.ContractBalance;
import com.crmplatform.billingservice.contract.domain.KnownContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's payment plan (回款计划) and where its money stands, as of {@code today}.
 *
 * @param installments by due date
 */
public record PaymentPlan(
        KnownContract contract,
        PlanHeader header,
        List<Installment> installments,
        ContractBalance balance,
        LocalDate today) {

    public PaymentPlan {
        installments = List.copyOf(installments);
    }

    /** The contract's amount less what is collected (negative when over-collected). */
    public BigDecimal outstanding() {
        return contract.amount().subtract(balance.collected());
    }

    /**
     * What is unpaid of installments past due, never more than is outstanding; nothing once the contract is fully
     * collected. The receivables report computes the same in SQL ({@code ReceivableSql}).
     */
    public BigDecimal overdue() {
        if (outstanding().signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal pastDue = installments.stream()
                .filter(i -> i.overdue(today))
                .map(Installment::unpaid)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return pastDue.min(outstanding());
    }
}
