package com.crmplatform.leadservice.report.domain;

import com.crmplatform.platform.report.ReportPeriod;
import java.time.Instant;
import java.util.Map;

/**
 * Counts per salesperson (user id → count) within one tenant; {@code ownerId} null means every salesperson, else
 * only that one.
 */
public interface TeamReportRepository {

    Map<String, Long> leadsHeld(String tenant, String ownerId);

    Map<String, Long> followUps(String tenant, String ownerId, ReportPeriod period);

    Map<String, Long> conversions(String tenant, String ownerId, ReportPeriod period);

    Map<String, Long> followUpsDue(String tenant, String ownerId, Instant dueBefore);
}
