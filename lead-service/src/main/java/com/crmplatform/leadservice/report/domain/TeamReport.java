package com.crmplatform.leadservice.report.domain;

import com.crmplatform.platform.report.ReportPeriod;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' lead figures per salesperson. An admin gets a row for everyone with any figure; a salesperson
 * gets their own row only, zeros included.
 */
@Service
public class TeamReport {

    private final TeamReportRepository counts;

    TeamReport(TeamReportRepository counts) {
        this.counts = counts;
    }

    @Transactional(readOnly = true)
    public List<TeamFigures> figures(ReportPeriod period, Instant dueBefore, CurrentUser user) {
        String scope = user.isAdmin() ? null : user.id();
        Map<String, Long> held = counts.leadsHeld(user.tenant(), scope);
        Map<String, Long> followUps = counts.followUps(user.tenant(), scope, period);
        Map<String, Long> conversions = counts.conversions(user.tenant(), scope, period);
        Map<String, Long> due = counts.followUpsDue(user.tenant(), scope, dueBefore);
        TreeSet<String> owners = new TreeSet<>();
        Stream.of(held, followUps, conversions, due).forEach(figures -> owners.addAll(figures.keySet()));
        if (scope != null) {
            owners.add(scope);
        }
        return owners.stream()
                .map(owner -> new TeamFigures(
                        owner,
                        held.getOrDefault(owner, 0L),
                        followUps.getOrDefault(owner, 0L),
                        conversions.getOrDefault(owner, 0L),
                        due.getOrDefault(owner, 0L)))
                .toList();
    }
}
