package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.dealservice.lineitem.domain.Money;
import com.crmplatform.dealservice.opportunity.domain.Opportunity;
import com.crmplatform.dealservice.opportunity.domain.OpportunityFilter;
import com.crmplatform.dealservice.opportunity.domain.OpportunityService;
import com.crmplatform.dealservice.opportunity.domain.OpportunityStatus;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Opportunities (商机): a salesperson their own, an admin the tenant's; marketing and finance none. */
@RestController
@RequestMapping("/api/v1/opportunities")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
class OpportunityController {

    private final OpportunityService opportunities;

    OpportunityController(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @PostMapping
    ResponseEntity<OpportunityResponse> create(@Valid @RequestBody CreateOpportunityRequest request, CurrentUser user) {
        Opportunity created = opportunities.create(
                request.customerId(),
                request.toDetails(),
                blankToNull(request.stage()),
                request.probability(),
                blankToNull(request.ownerId()),
                user);
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + created.id()))
                .body(OpportunityResponse.from(created));
    }

    @GetMapping("/{id}")
    OpportunityResponse get(@PathVariable UUID id, CurrentUser user) {
        return OpportunityResponse.from(opportunities.get(id, user));
    }

    @GetMapping
    PageResponse<OpportunityResponse> list(
            @RequestParam(required = false) @Size(max = 32) String stage,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) BigDecimal amountMin,
            @RequestParam(required = false) BigDecimal amountMax,
            @RequestParam(required = false) @Size(max = 3) String currency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo,
            @RequestParam(required = false) @Size(max = 100) String keyword,
            @Sortable(
                            value = {"createdAt", "updatedAt", "amount", "expectedCloseDate", "name"},
                            defaultSort = "createdAt,desc")
                    PageQuery page,
            CurrentUser user) {
        if (amountMin != null && amountMax != null && amountMin.compareTo(amountMax) > 0) {
            throw new InvalidRequestException("amountMax", "Range", "amountMax must not be below amountMin");
        }
        if (closeFrom != null && closeTo != null && closeFrom.isAfter(closeTo)) {
            throw new InvalidRequestException("closeTo", "Range", "closeTo must not be before closeFrom");
        }
        var filter = new OpportunityFilter(
                blankToNull(stage),
                status,
                blankToNull(ownerId),
                customerId,
                campaignId,
                amountMin,
                amountMax,
                currency == null || currency.isBlank() ? null : Money.currency(currency, "currency"),
                closeFrom,
                closeTo,
                blankToNull(keyword));
        return opportunities.list(filter, page, user).map(OpportunityResponse::from);
    }

    @PutMapping("/{id}")
    OpportunityResponse update(
            @PathVariable UUID id, @Valid @RequestBody UpdateOpportunityRequest request, CurrentUser user) {
        return OpportunityResponse.from(opportunities.update(
                id,
                request.toDetails(),
                request.probability(),
                blankToNull(request.ownerId()),
                request.version(),
                user));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
