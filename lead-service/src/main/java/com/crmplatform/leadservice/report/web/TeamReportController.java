package com.crmplatform.leadservice.report.web;

import com.crmplatform.leadservice.report.domain.TeamFigures;
import com.crmplatform.leadservice.report.domain.TeamReport;
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
 * The dashboards' lead figures per salesperson (a literal path under {@code /api/v1/leads}, so it wins over
 * {@code /{id}}): an admin sees the team, a salesperson their own row.
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
     * @param dueBefore follow-ups due before this instant count as due (default: now); the console sends the end of
     *     the user's day
     */
    @GetMapping("/api/v1/leads/team-report")
    TeamReportResponse teamReport(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Instant dueBefore,
            CurrentUser user) {
        Instant now = clock.instant();
        ReportPeriod period = ReportPeriod.of(from, to, now);
        List<TeamFigures> rows = report.figures(period, dueBefore == null ? now : dueBefore, user);
        return new TeamReportResponse(period.from(), period.to(), rows);
    }

    record TeamReportResponse(Instant from, Instant to, List<TeamFigures> rows) {}
}
