package com.crmplatform.billingservice.receivable.web;

import com.crmplatform.billingservice.receivable.domain.Receivable;
import com.crmplatform.billingservice.receivable.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One contract's receivable; amounts are exact JSON numbers in {@code currency}. */
record ReceivableResponse(
        UUID contractId,
        String contractNumber,
        String title,
        UUID customerId,
        String ownerId,
        String currency,
        String contractStatus,
        BigDecimal amount,
        BigDecimal planned,
        BigDecimal collected,
        BigDecimal recordedUnconfirmed,
        BigDecimal outstanding,
        BigDecimal overdue,
        ReceivableStatus status) {

    static final List<String> CSV_HEADER = List.of(
            "contractId",
            "contractNumber",
            "title",
            "customerId",
            "ownerId",
            "currency",
            "contractStatus",
            "amount",
            "planned",
            "collected",
            "recordedUnconfirmed",
            "outstanding",
            "overdue",
            "status");

    static ReceivableResponse from(Receivable r) {
        return new ReceivableResponse(
                r.contractId(),
                r.number(),
                r.title(),
                r.customerId(),
                r.ownerId(),
                r.currency(),
                r.contractStatus(),
                r.amount(),
                r.planned(),
                r.collected(),
                r.recorded(),
                r.outstanding(),
                r.overdue(),
                r.status());
    }

    List<String> csv() {
        return List.of(
                Csv.text(contractId),
                Csv.text(contractNumber),
                Csv.text(title),
                Csv.text(customerId),
                Csv.text(ownerId),
                Csv.text(currency),
                Csv.text(contractStatus),
                Csv.number(amount),
                Csv.number(planned),
                Csv.number(collected),
                Csv.number(recordedUnconfirmed),
                Csv.number(outstanding),
                Csv.number(overdue),
                Csv.text(status));
    }
}
