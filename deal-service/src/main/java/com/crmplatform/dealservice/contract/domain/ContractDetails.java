package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is written in a contract and may be edited while it is a draft. {@code amount} is the sum of {@code lines}
 * when there are any ({@code Money.amount}).
 *
 * @param currency ISO 4217, upper case
 * @param signatoryContactId the customer's contact who signs, a contact of the contract's customer
 */
public record ContractDetails(
        String title,
        BigDecimal amount,
        String currency,
        List<LineItem> lines,
        LocalDate signedAt,
        LocalDate startDate,
        LocalDate endDate,
        UUID signatoryContactId) {

    /** 400 on {@code endDate} when the term would end before it starts. */
    public ContractDetails {
        lines = List.copyOf(lines);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidRequestException("endDate", "DateRange", "endDate must not be before startDate");
        }
    }

    /** The same details with other commercial terms (a rejected amendment goes back to the approved ones). */
    public ContractDetails withTerms(BigDecimal newAmount, List<LineItem> newLines) {
        return new ContractDetails(
                title, newAmount, currency, newLines, signedAt, startDate, endDate, signatoryContactId);
    }
}
