package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.opportunity.domain.PipelineReport;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pipeline board's figures and the monthly forecast; {@code ownerId} narrows an admin's view to one owner. */
@RestController
@RequestMapping("/api/v1/opportunities")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
class PipelineReportController {

    private final PipelineReport report;

    PipelineReportController(PipelineReport report) {
        this.report = report;
    }

    @GetMapping("/pipeline")
    PipelineResponse pipeline(@RequestParam(required = false) @Size(max = 64) String ownerId, CurrentUser user) {
        return PipelineResponse.from(report.summary(OpportunityController.blankToNull(ownerId), user));
    }

    @GetMapping("/forecast")
    List<ForecastMonthResponse> forecast(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(defaultValue = "6") @Min(1) @Max(24) int months,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            CurrentUser user) {
        YearMonth start = from == null ? YearMonth.now() : from;
        return report.forecast(start, months, OpportunityController.blankToNull(ownerId), user).stream()
                .map(ForecastMonthResponse::from)
                .toList();
    }
}
