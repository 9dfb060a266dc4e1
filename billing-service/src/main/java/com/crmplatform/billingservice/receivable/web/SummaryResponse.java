package com.crmplatform.billingservice.receivable.web;

import com.crmplatform.billingservice.receivable.domain.MonthlyCollection;
import com.crmplatform.billingservice.receivable.domain.ReceivableService.Summary;
import com.crmplatform.billingservice.receivable.domain.ReceivableTotals;
import com.crmplatform.billingservice.receivable.domain.SummaryGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/receivables/summary}: for {@code customer} and {@code owner}, the receivables of each key and
 * currency; for {@code month}, confirmed payments by month received ({@code key} {@code 2026-03}) and currency.
 */
record SummaryResponse(String groupBy, LocalDate asOf, List<?> rows) {

    static SummaryResponse from(Summary summary) {
        List<?> rows = summary.groupBy() == SummaryGroup.MONTH
                ? summary.months().stream().map(MonthRow::from).toList()
                : summary.totals().stream().map(TotalsRow::from).toList();
        return new SummaryResponse(summary.groupBy().name().toLowerCase(Locale.ROOT), summary.asOf(), rows);
    }

    List<String> csvHeader() {
        return "month".equals(groupBy) ? MonthRow.CSV_HEADER : TotalsRow.CSV_HEADER;
    }

    List<List<String>> csvRows() {
        return rows.stream()
                .map(row -> row instanceof MonthRow m ? m.csv() : ((TotalsRow) row).csv())
                .toList();
    }

    /** The receivables of one customer or owner ({@code key}) in one currency. */
    record TotalsRow(
            String key,
            String currency,
            long contracts,
            BigDecimal amount,
            BigDecimal planned,
            BigDecimal collected,
            BigDecimal recordedUnconfirmed,
            BigDecimal outstanding,
            BigDecimal overdue) {

        static final List<String> CSV_HEADER = List.of(
                "key",
                "currency",
                "contracts",
                "amount",
                "planned",
                "collected",
                "recordedUnconfirmed",
                "outstanding",
                "overdue");

        static TotalsRow from(ReceivableTotals t) {
            return new TotalsRow(
                    t.key(),
                    t.currency(),
                    t.contracts(),
                    t.amount(),
                    t.planned(),
                    t.collected(),
                    t.recorded(),
                    t.outstanding(),
                    t.overdue());
        }

        List<String> csv() {
            return List.of(
                    Csv.text(key),
                    Csv.text(currency),
                    String.valueOf(contracts),
                    Csv.number(amount),
                    Csv.number(planned),
                    Csv.number(collected),
                    Csv.number(recordedUnconfirmed),
                    Csv.number(outstanding),
                    Csv.number(overdue));
        }
    }

    /** Confirmed payments received in one month ({@code key}, e.g. {@code 2026-03}) in one currency. */
    record MonthRow(String key, String currency, long payments, BigDecimal collected) {

        static final List<String> CSV_HEADER = List.of("key", "currency", "payments", "collected");

        static MonthRow from(MonthlyCollection m) {
            return new MonthRow(m.month().toString(), m.currency(), m.payments(), m.collected());
        }

        List<String> csv() {
            return List.of(Csv.text(key), Csv.text(currency), String.valueOf(payments), Csv.number(collected));
        }
    }
}
