package com.crmplatform.dealservice.report.domain;

import com.crmplatform.platform.report.ReportPeriod;
import com.crmplatform.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboards' deal figures per salesperson: an admin's team, or a salesperson's own. */
@Service
public class TeamReport {

    private final TeamReportRepository figures;

    TeamReport(TeamReportRepository figures) {
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    public Figures figures(ReportPeriod period, CurrentUser user) {
        String scope = user.isAdmin() ? null : user.id();
        return new Figures(
                figures.deals(user.tenant(), scope, period), figures.lossReasons(user.tenant(), scope, period));
    }

    public record Figures(List<TeamDeals> deals, List<LossReasonCount> lossReasons) {}
}
