package com.crmplatform.dealservice.opportunity.domain;

import com.crmplatform.dealservice.opportunity.domain.PipelineTotals.StageTotal;
import com.crmplatform.dealservice.pipeline.domain.PipelineService;
import com.crmplatform.dealservice.pipeline.domain.Stage;
import com.crmplatform.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kanban board's figures and the forecast: per stage the count, the sum and the probability-weighted sum, per
 * month the expected closes. A salesperson sees their own; an admin the tenant's, or one owner's.
 */
@Service
public class PipelineReport {

    private final PipelineService pipelines;
    private final PipelineTotals totals;
    private final OpportunityRepository opportunities;

    PipelineReport(PipelineService pipelines, PipelineTotals totals, OpportunityRepository opportunities) {
        this.pipelines = pipelines;
        this.totals = totals;
        this.opportunities = opportunities;
    }

    /** Every stage in board order (open stages, WON, LOST) with its totals per currency; empty stages included. */
    @Transactional(readOnly = true)
    public List<StageSummary> summary(String ownerId, CurrentUser user) {
        Map<String, List<StageTotal>> byStage = totals.of(user.tenant(), scope(ownerId, user)).stream()
                .collect(Collectors.groupingBy(StageTotal::stage));
        return pipelines.pipeline(user.tenant()).stages().stream()
                .map(stage -> new StageSummary(stage, byStage.getOrDefault(stage.code(), List.of())))
                .toList();
    }

    /** The open opportunities expected to close in each of {@code months} months from {@code from}, per currency. */
    @Transactional(readOnly = true)
    public List<MonthTotal> forecast(YearMonth from, int months, String ownerId, CurrentUser user) {
        return opportunities.forecast(user.tenant(), scope(ownerId, user), from, from.plusMonths(months));
    }

    private static String scope(String ownerId, CurrentUser user) {
        return user.isAdmin() ? ownerId : user.id();
    }

    public record StageSummary(Stage stage, List<StageTotal> totals) {

        public long opportunities() {
            return totals.stream().mapToLong(StageTotal::opportunities).sum();
        }
    }

    /** The open opportunities of one currency expected to close in {@code month}. */
    public record MonthTotal(
            YearMonth month, String currency, long opportunities, BigDecimal amount, BigDecimal weightedAmount) {}
}
