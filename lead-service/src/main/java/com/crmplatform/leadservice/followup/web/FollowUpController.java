package com.crmplatform.leadservice.followup.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.leadservice.followup.domain.FollowUp;
import com.crmplatform.leadservice.followup.domain.FollowUpService;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A lead's follow-ups: record one, read the timeline. */
@RestController
@RequestMapping("/api/v1/leads/{leadId}/follow-ups")
class FollowUpController {

    private final FollowUpService followUps;

    FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ResponseEntity<FollowUpResponse> record(
            @PathVariable UUID leadId, @Valid @RequestBody FollowUpRequest request, CurrentUser user) {
        FollowUp followUp = followUps.record(leadId, request.toNewFollowUp(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(FollowUpResponse.from(followUp));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing')")
    PageResponse<FollowUpResponse> timeline(
            @PathVariable UUID leadId,
            @Sortable(
                            value = {"occurredAt", "createdAt"},
                            defaultSort = "occurredAt,desc")
                    PageQuery page,
            CurrentUser user) {
        return followUps.timeline(leadId, page, user).map(FollowUpResponse::from);
    }
}
