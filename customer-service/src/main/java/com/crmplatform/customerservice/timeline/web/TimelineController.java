package com.crmplatform.customerservice.timeline.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.customerservice.timeline.domain.TimelineService;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's timeline: follow-ups and ownership changes, newest first. */
@RestController
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/customers/{id}/timeline")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing', 'crm-finance')")
    PageResponse<TimelineItemResponse> timeline(
            @PathVariable UUID id,
            @Sortable(
                            value = {"at"},
                            defaultSort = "at,desc")
                    PageQuery page,
            CurrentUser user) {
        return timeline.of(id, page, user).map(TimelineItemResponse::from);
    }
}
