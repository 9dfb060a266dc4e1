package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import com.crmplatform.dealservice.lineitem.domain.Money;
import com.crmplatform.dealservice.lineitem.web.LineItemRequest;
import com.crmplatform.dealservice.opportunity.domain.OpportunityDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What create and update requests share: turning their fields into details. */
final class OpportunityRequests {

    private OpportunityRequests() {}

    static OpportunityDetails details(
            String name,
            BigDecimal amount,
            String currency,
            List<LineItemRequest> lines,
            LocalDate expectedCloseDate,
            List<UUID> contactIds,
            String description) {
        List<LineItem> items = lines == null
                ? List.of()
                : lines.stream().map(LineItemRequest::toLineItem).toList();
        return new OpportunityDetails(
                name.strip(),
                Money.amount(amount, items),
                currency,
                items,
                expectedCloseDate,
                contactIds == null ? List.of() : contactIds.stream().distinct().toList(),
                description == null || description.isBlank() ? null : description.strip());
    }
}
