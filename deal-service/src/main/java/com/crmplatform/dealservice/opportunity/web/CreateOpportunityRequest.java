package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.lineitem.domain.Money;
import com.crmplatform.dealservice.lineitem.web.LineItemRequest;
import com.crmplatform.dealservice.opportunity.domain.OpportunityDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/v1/opportunities}: amount or lines (then the amount is their sum); currency CNY by default. */
record CreateOpportunityRequest(
        @NotNull UUID customerId,
        @NotBlank @Size(max = 200) String name,
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @Size(max = 3) String currency,
        @Size(max = 100) List<@NotNull @Valid LineItemRequest> lines,
        LocalDate expectedCloseDate,
        @Size(max = 32) String stage,
        @Min(0) @Max(100) Integer probability,
        @Size(max = 64) String ownerId,
        @Size(max = 20) List<@NotNull UUID> contactIds,
        @Size(max = 2000) String description) {

    OpportunityDetails toDetails() {
        return OpportunityRequests.details(
                name, amount, Money.currency(currency, "currency"), lines, expectedCloseDate, contactIds, description);
    }
}
