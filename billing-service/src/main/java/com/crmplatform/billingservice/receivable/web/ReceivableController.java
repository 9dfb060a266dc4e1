package com.crmplatform.billingservice.receivable.web;

import com.crmplatform.billingservice.receivable.domain.ReceivableFilter;
import com.crmplatform.billingservice.receivable.domain.ReceivableService;
import com.crmplatform.billingservice.receivable.domain.SummaryGroup;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance's views of receivables (应收): finance and admins read the whole tenant; sales and marketing none (a
 * salesperson follows a contract's money through its payment plan). The list and the summary also export CSV
 * ({@code ?format=csv} or {@code Accept: text/csv}): every matching row, in the list's order, paging ignored.
 */
@RestController
@RequestMapping("/api/v1/receivables")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-finance')")
class ReceivableController {

    private final ReceivableService receivables;

    ReceivableController(ReceivableService receivables) {
        this.receivables = receivables;
    }

    @GetMapping
    ResponseEntity<?> list(
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) @Size(max = 16) String status,
            @RequestParam(required = false) @Size(max = 3) String currency,
            @RequestParam(required = false) @Size(max = 8) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @Sortable(
                            value = {"number", "amount", "collected", "outstanding", "overdue"},
                            defaultSort = "overdue,desc")
                    PageQuery page,
            CurrentUser user) {
        ReceivableFilter filter = ReceivableFilters.of(customerId, ownerId, status, currency);
        if (Csv.wanted(format, accept)) {
            return Csv.file("receivables", ReceivableResponse.CSV_HEADER, csvRows(filter, page, user));
        }
        return ResponseEntity.ok(receivables.list(filter, page, user).map(ReceivableResponse::from));
    }

    @GetMapping("/aging")
    AgingResponse aging(
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) @Size(max = 3) String currency,
            CurrentUser user) {
        return AgingResponse.from(receivables.aging(ReceivableFilters.of(customerId, ownerId, null, currency), user));
    }

    @GetMapping("/summary")
    ResponseEntity<?> summary(
            @RequestParam @Size(max = 16) String groupBy,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) @Size(max = 16) String status,
            @RequestParam(required = false) @Size(max = 3) String currency,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) @Size(max = 8) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            CurrentUser user) {
        ReceivableFilter filter = ReceivableFilters.of(customerId, ownerId, status, currency);
        ReceivableFilters.requireMonths(from, to);
        SummaryResponse summary = SummaryResponse.from(
                receivables.summary(filter, SummaryGroup.parse(groupBy, "groupBy"), from, to, user));
        return Csv.wanted(format, accept)
                ? Csv.file("receivables-by-" + summary.groupBy(), summary.csvHeader(), summary.csvRows())
                : ResponseEntity.ok(summary);
    }

    private List<List<String>> csvRows(ReceivableFilter filter, PageQuery page, CurrentUser user) {
        return receivables.export(filter, page, user).stream()
                .map(r -> ReceivableResponse.from(r).csv())
                .toList();
    }
}
