package com.crmplatform.leadservice.pool.web;

import com.crmplatform.leadservice.lead.web.LeadResponse;
import com.crmplatform.leadservice.pool.domain.PoolService;
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

/** The lead pool: assign, claim, release, transfer, and the ownership history. */
@RestController
@RequestMapping("/api/v1/leads")
class PoolController {

    private final PoolService pool;

    PoolController(PoolService pool) {
        this.pool = pool;
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasRole('crm-admin')")
    LeadResponse assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request, CurrentUser user) {
        return LeadResponse.from(pool.assign(id, request.ownerId(), trimmed(request.reason()), user));
    }

    @PostMapping("/assign")
    @PreAuthorize("hasRole('crm-admin')")
    BulkAssignResponse assignAll(@Valid @RequestBody BulkAssignRequest request, CurrentUser user) {
        List<LeadResponse> assigned =
                pool.assignAll(request.leadIds(), request.ownerId(), trimmed(request.reason()), user).stream()
                        .map(LeadResponse::from)
                        .toList();
        return new BulkAssignResponse(request.ownerId(), assigned);
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasRole('crm-sales')")
    LeadResponse claim(@PathVariable UUID id, CurrentUser user) {
        return LeadResponse.from(pool.claim(id, user));
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    LeadResponse release(
            @PathVariable UUID id, @Valid @RequestBody(required = false) ReleaseRequest request, CurrentUser user) {
        String reason = request == null ? null : trimmed(request.reason());
        return LeadResponse.from(pool.release(id, reason, user));
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasRole('crm-admin')")
    LeadResponse transfer(@PathVariable UUID id, @Valid @RequestBody AssignRequest request, CurrentUser user) {
        return LeadResponse.from(pool.transfer(id, request.ownerId(), trimmed(request.reason()), user));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing')")
    List<HistoryEntryResponse> history(@PathVariable UUID id, CurrentUser user) {
        return pool.history(id, user).stream().map(HistoryEntryResponse::from).toList();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
