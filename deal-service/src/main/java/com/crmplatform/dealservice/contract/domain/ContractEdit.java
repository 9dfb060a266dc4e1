package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole editable state of a contract as a client sends it with {@code PUT}.
 *
 * @param amount already reconciled with {@code lines} ({@code Money.amount})
 * @param currency an ISO 4217 code already checked, or null to keep the contract's
 * @param ownerId null keeps the owner
 */
public record ContractEdit(
        String title,
        BigDecimal amount,
        String currency,
        List<LineItem> lines,
        LocalDate signedAt,
        LocalDate startDate,
        LocalDate endDate,
        UUID signatoryContactId,
        String ownerId) {

    public ContractEdit {
        lines = List.copyOf(lines);
    }

    ContractDetails details(String currentCurrency) {
        return new ContractDetails(
                title,
                amount,
                currency == null ? currentCurrency : currency,
                lines,
                signedAt,
                startDate,
                endDate,
                signatoryContactId);
    }
}
