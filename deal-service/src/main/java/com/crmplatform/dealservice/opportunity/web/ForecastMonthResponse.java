package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.opportunity.domain.PipelineReport.MonthTotal;
import java.math.BigDecimal;

/** One month and currency of the forecast: open opportunities expected to close then. */
record ForecastMonthResponse(String month, String currency, long count, BigDecimal amount, BigDecimal weightedAmount) {

    static ForecastMonthResponse from(MonthTotal t) {
        return new ForecastMonthResponse(
                t.month().toString(), t.currency(), t.opportunities(), t.amount(), t.weightedAmount());
    }
}
