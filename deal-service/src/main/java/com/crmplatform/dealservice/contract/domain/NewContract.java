package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a client asks for when creating a contract: from a won opportunity ({@code opportunityId}; the terms come
 * from it) or for a customer ({@code customerId} with {@code amount} or {@code lines}). Nulls are what the client
 * left out, so the service can tell a default from a choice.
 *
 * @param currency an ISO 4217 code already checked, or null
 */
public record NewContract(
        UUID opportunityId,
        UUID customerId,
        String title,
        BigDecimal amount,
        String currency,
        List<LineItem> lines,
        LocalDate signedAt,
        LocalDate startDate,
        LocalDate endDate,
        UUID signatoryContactId,
        String ownerId) {

    public NewContract {
        lines = List.copyOf(lines);
    }

    /** The first commercial term the client gave ({@code amount}, {@code currency}, {@code lines}), or null. */
    String givenTerm() {
        if (amount != null) {
            return "amount";
        }
        if (currency != null) {
            return "currency";
        }
        return lines.isEmpty() ? null : "lines";
    }

    ContractDetails details(
            String contractTitle, BigDecimal contractAmount, String contractCurrency, List<LineItem> contractLines) {
        return new ContractDetails(
                contractTitle,
                contractAmount,
                contractCurrency,
                contractLines,
                signedAt,
                startDate,
                endDate,
                signatoryContactId);
    }
}
