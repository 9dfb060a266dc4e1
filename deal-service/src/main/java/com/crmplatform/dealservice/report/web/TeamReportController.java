package com.crmplatform.dealservice.report.web;

import com.crmplatform.dealservice.report.domain.LossReasonCount;
import com.crmplatform.dealservice.report.domain.TeamDeals;
import com.crmplatform.dealservice.report.domain.TeamReport;
import com.crmplatform.platform.report.ReportPeriod;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards' deal figures per salesperson (a literal path under {@code /api/v1/opportunities}, so it wins over
 * {@code /{id}}): an admin sees the team, a salesperson their own.
 */
@RestController
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
class TeamReportController {

    private final TeamReport report;
    private final Clock clock;

    TeamReportController(TeamReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    /**
     * @param from start of the period, inclusive (default: 30 days before {@code to})
     * @param to end of the period, exclusive (default: now)
     */
    @GetMapping("/api/v1/opportunities/team-report")
    TeamReportResponse teamReport(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            CurrentUser user) {
        ReportPeriod period = ReportPeriod.of(from, to, clock.instant());
        TeamReport.Figures figures = report.figures(period, user);
        return new TeamReportResponse(period.from(), period.to(), figures.deals(), figures.lossReasons());
    }

    record TeamReportResponse(Instant from, Instant to, List<TeamDeals> rows, List<LossReasonCount> lossReasons) {}
}
