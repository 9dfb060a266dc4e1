package com.crmplatform.dealservice.report.domain;

import com.crmplatform.platform.report.ReportPeriod;
import java.util.List;

/** Closed business per salesperson within one tenant; {@code ownerId} null means every salesperson. */
public interface TeamReportRepository {

    List<TeamDeals> deals(String tenant, String ownerId, ReportPeriod period);

    List<LossReasonCount> lossReasons(String tenant, String ownerId, ReportPeriod period);
}
