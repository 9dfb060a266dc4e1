package com.crmplatform.dealservice.pipeline.web;

import com.crmplatform.dealservice.pipeline.domain.PipelineService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's pipeline stages and loss reasons: read by sales and admins, changed by admins. */
@RestController
@RequestMapping("/api/v1/pipeline-stages")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
class PipelineSettingsController {

    private final PipelineService pipelines;

    PipelineSettingsController(PipelineService pipelines) {
        this.pipelines = pipelines;
    }

    @GetMapping
    PipelineSettingsResponse get(CurrentUser user) {
        return settings(user);
    }

    @PutMapping
    @PreAuthorize("hasRole('crm-admin')")
    PipelineSettingsResponse updateStages(@Valid @RequestBody UpdateStagesRequest request, CurrentUser user) {
        pipelines.updateStages(user.tenant(), request.toStages());
        return settings(user);
    }

    @PutMapping("/loss-reasons")
    @PreAuthorize("hasRole('crm-admin')")
    PipelineSettingsResponse updateLossReasons(@Valid @RequestBody UpdateLossReasonsRequest request, CurrentUser user) {
        pipelines.updateLossReasons(user.tenant(), request.toLabels());
        return settings(user);
    }

    private PipelineSettingsResponse settings(CurrentUser user) {
        return PipelineSettingsResponse.from(pipelines.pipeline(user.tenant()), pipelines.lossReasons(user.tenant()));
    }
}
