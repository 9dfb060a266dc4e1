package com.crmplatform.campaignservice.sync.web;

import com.crmplatform.campaignservice.sync.domain.SyncService;
import com.crmplatform.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/campaigns/{id}/sync} (执行同步): every member not synced yet into the lead or customer pool. */
@RestController
@RequestMapping("/api/v1/campaigns")
class SyncController {

    private final SyncService sync;

    SyncController(SyncService sync) {
        this.sync = sync;
    }

    @PostMapping("/{id}/sync")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
    SyncReportResponse sync(@PathVariable UUID id, CurrentUser user) {
        return SyncReportResponse.from(sync.sync(user, id));
    }
}
