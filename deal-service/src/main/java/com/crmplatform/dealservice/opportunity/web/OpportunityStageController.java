package com.crmplatform.dealservice.opportunity.web;

import com.crmplatform.dealservice.opportunity.domain.OpportunityStageService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An opportunity's way through the pipeline: move, reopen (admin), history. */
@RestController
@RequestMapping("/api/v1/opportunities/{id}")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
class OpportunityStageController {

    private final OpportunityStageService stages;

    OpportunityStageController(OpportunityStageService stages) {
        this.stages = stages;
    }

    @PostMapping("/stage")
    OpportunityResponse move(@PathVariable UUID id, @Valid @RequestBody StageChangeRequest request, CurrentUser user) {
        return OpportunityResponse.from(stages.move(
                id,
                request.stage().strip(),
                OpportunityController.blankToNull(request.lossReason()),
                request.version(),
                user));
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasRole('crm-admin')")
    OpportunityResponse reopen(
            @PathVariable UUID id, @Valid @RequestBody(required = false) ReopenRequest request, CurrentUser user) {
        String stage = request == null ? null : OpportunityController.blankToNull(request.stage());
        return OpportunityResponse.from(stages.reopen(id, stage, user));
    }

    @GetMapping("/history")
    List<StageChangeResponse> history(@PathVariable UUID id, CurrentUser user) {
        return stages.history(id, user).stream().map(StageChangeResponse::from).toList();
    }
}
