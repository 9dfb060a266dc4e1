package com.crmplatform.billingservice.receivable.domain;

import com.crmplatform.billingservice.calendar.domain.BusinessCalendar;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's views of the tenant's receivables (应收): per contract, by age, and summed by customer, owner or month. All
 * are computed from the ledger as of today's business day, so they always agree with the payments themselves.
 */
@Service
public class ReceivableService {

    /** The most rows one export writes; a bigger one asks for narrower filters instead of silently cutting. */
    static final int EXPORT_LIMIT = 100_000;

    private final ReceivableRepository receivables;
    private final BusinessCalendar calendar;

    ReceivableService(ReceivableRepository receivables, BusinessCalendar calendar) {
        this.receivables = receivables;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public PageResponse<Receivable> list(ReceivableFilter filter, PageQuery page, CurrentUser user) {
        return receivables.search(user.tenant(), filter, calendar.today(), page);
    }

    /** Every matching receivable in the page's order, for an export. */
    @Transactional(readOnly = true)
    public List<Receivable> export(ReceivableFilter filter, PageQuery order, CurrentUser user) {
        List<Receivable> all = receivables.all(user.tenant(), filter, calendar.today(), order, EXPORT_LIMIT + 1);
        if (all.size() > EXPORT_LIMIT) {
            throw new CrmException(
                    ErrorCode.VALIDATION_FAILED,
                    "EXPORT_TOO_LARGE",
                    "More than " + EXPORT_LIMIT + " contracts match; narrow the filters",
                    "format",
                    Map.of("limit", EXPORT_LIMIT));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public AgingReport aging(ReceivableFilter filter, CurrentUser user) {
        LocalDate today = calendar.today();
        return new AgingReport(today, receivables.aging(user.tenant(), filter, today));
    }

    /**
     * Totals per customer or owner and currency, or confirmed payments per month received and currency (within
     * [{@code from}, {@code to}] when given).
     */
    @Transactional(readOnly = true)
    public Summary summary(
            ReceivableFilter filter, SummaryGroup group, YearMonth from, YearMonth to, CurrentUser user) {
        LocalDate today = calendar.today();
        if (group == SummaryGroup.MONTH) {
            return new Summary(
                    group, today, List.of(), receivables.collections(user.tenant(), filter, from, to, today));
        }
        return new Summary(group, today, receivables.totals(user.tenant(), filter, group, today), List.of());
    }

    /** The aging of each currency as of {@code asOf}. */
    public record AgingReport(LocalDate asOf, List<Aging> currencies) {}

    /** A summary: {@code totals} for customer and owner groups, {@code months} for the month group. */
    public record Summary(
            SummaryGroup groupBy, LocalDate asOf, List<ReceivableTotals> totals, List<MonthlyCollection> months) {}
}
