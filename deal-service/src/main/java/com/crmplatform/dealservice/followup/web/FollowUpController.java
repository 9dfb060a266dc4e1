package com.crmplatform.dealservice.followup.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.dealservice.followup.domain.FollowUp;
import com.crmplatform.dealservice.followup.domain.FollowUpService;
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

/** An opportunity's follow-ups (跟进记录): its owner and admins. */
@RestController
@RequestMapping("/api/v1/opportunities/{opportunityId}/follow-ups")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
class FollowUpController {

    private final FollowUpService followUps;

    FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @PostMapping
    ResponseEntity<FollowUpResponse> record(
            @PathVariable UUID opportunityId, @Valid @RequestBody FollowUpRequest request, CurrentUser user) {
        FollowUp followUp = followUps.record(opportunityId, request.toNewFollowUp(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(FollowUpResponse.from(followUp));
    }

    @GetMapping
    PageResponse<FollowUpResponse> list(
            @PathVariable UUID opportunityId,
            @Sortable(
                            value = {"occurredAt", "createdAt"},
                            defaultSort = "occurredAt,desc")
                    PageQuery page,
            CurrentUser user) {
        return followUps.list(opportunityId, page, user).map(FollowUpResponse::from);
    }
}
