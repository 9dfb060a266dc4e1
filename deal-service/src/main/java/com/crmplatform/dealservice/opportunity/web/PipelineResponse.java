package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.opportunity.domain.PipelineReport.StageSummary;
import com.crmplatform.dealservice.opportunity.domain.PipelineTotals.StageTotal;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/v1/opportunities/pipeline}: each stage in board order with its count and, per currency (amounts
 * of different currencies are never added up), the sum and the probability-weighted sum.
 */
record PipelineResponse(List<StageColumn> stages) {

    static PipelineResponse from(List<StageSummary> summaries) {
        return new PipelineResponse(summaries.stream().map(StageColumn::from).toList());
    }

    record StageColumn(String stage, String name, int probability, boolean open, long count, List<Total> totals) {

        static StageColumn from(StageSummary s) {
            return new StageColumn(
                    s.stage().code(),
                    s.stage().name(),
                    s.stage().probability(),
                    s.stage().open(),
                    s.opportunities(),
                    s.totals().stream().map(Total::from).toList());
        }
    }

    record Total(String currency, long count, BigDecimal amount, BigDecimal weightedAmount) {

        static Total from(StageTotal t) {
            return new Total(t.currency(), t.opportunities(), t.amount(), t.weightedAmount());
        }
    }
}
