package com.crmplatform.billingservice.receivable.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The finance reports over the ledger, always within one tenant and as of {@code today}. */
public interface ReceivableRepository {

    PageResponse<Receivable> search(String tenant, ReceivableFilter filter, LocalDate today, PageQuery page);

    /** Every match in the page's order, at most {@code limit}. */
    List<Receivable> all(String tenant, ReceivableFilter filter, LocalDate today, PageQuery order, int limit);

    List<Aging> aging(String tenant, ReceivableFilter filter, LocalDate today);

    List<ReceivableTotals> totals(String tenant, ReceivableFilter filter, SummaryGroup group, LocalDate today);

    /** Confirmed payments by month received, within [{@code from}, {@code to}] when given. */
    List<MonthlyCollection> collections(
            String tenant, ReceivableFilter filter, YearMonth from, YearMonth to, LocalDate today);
}
