package com.crmplatform.billingservice.receivable.web;

import com.crmplatform.billingservice.receivable.domain.Aging;
import com.crmplatform.billingservice.receivable.domain.ReceivableService.AgingReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/receivables/aging}: per currency, what is owed by days past due, as of {@code asOf}. */
record AgingResponse(LocalDate asOf, List<CurrencyAging> currencies) {

    static AgingResponse from(AgingReport report) {
        return new AgingResponse(
                report.asOf(),
                report.currencies().stream().map(CurrencyAging::from).toList());
    }

    record CurrencyAging(
            String currency,
            long contracts,
            BigDecimal notYetDue,
            BigDecimal days1To30,
            BigDecimal days31To60,
            BigDecimal days61To90,
            BigDecimal over90Days,
            BigDecimal unscheduled,
            BigDecimal total) {

        static CurrencyAging from(Aging a) {
            return new CurrencyAging(
                    a.currency(),
                    a.contracts(),
                    a.notYetDue(),
                    a.days1To30(),
                    a.days31To60(),
                    a.days61To90(),
                    a.over90Days(),
                    a.unscheduled(),
                    a.total());
        }
    }
}
