package com.crmplatform.dealservice.opportunity.domain;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a salesperson edits of an opportunity. {@code amount} is the sum of {@code lines} when there are any.
 *
 * @param currency ISO 4217, upper case
 * @param contactIds the customer's decision makers involved
 */
public record OpportunityDetails(
        String name,
        BigDecimal amount,
        String currency,
        List<LineItem> lines,
        LocalDate expectedCloseDate,
        List<UUID> contactIds,
        String description) {

    public OpportunityDetails {
        lines = List.copyOf(lines);
        contactIds = List.copyOf(contactIds);
    }
}
