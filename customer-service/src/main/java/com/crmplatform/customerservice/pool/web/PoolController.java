package com.crmplatform.customerservice.pool.web;

import com.crmplatform.customerservice.pool.domain.PoolService;
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

/** Ownership and the customer pool (公海): assign, transfer, claim, release, and the history of it all. */
@RestController
@RequestMapping("/api/v1/customers")
class PoolController {

    private final PoolService pool;

    PoolController(PoolService pool) {
        this.pool = pool;
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasRole('crm-admin')")
    OwnershipResponse assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request, CurrentUser user) {
        return OwnershipResponse.from(pool.assignOne(id, request.ownerId(), request.reason(), user));
    }

    @PostMapping("/transfer")
    @PreAuthorize("hasRole('crm-admin')")
    List<OwnershipResponse> transfer(@Valid @RequestBody TransferRequest request, CurrentUser user) {
        return pool.assign(request.customerIds(), request.ownerId(), request.reason(), user).stream()
                .map(OwnershipResponse::from)
                .toList();
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasRole('crm-sales')")
    OwnershipResponse claim(@PathVariable UUID id, CurrentUser user) {
        return OwnershipResponse.from(pool.claim(id, user));
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    OwnershipResponse release(
            @PathVariable UUID id, @Valid @RequestBody(required = false) ReleaseRequest request, CurrentUser user) {
        return OwnershipResponse.from(pool.release(id, request == null ? null : request.reason(), user));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing', 'crm-finance')")
    List<HistoryResponse> history(@PathVariable UUID id, CurrentUser user) {
        return pool.history(id, user).stream().map(HistoryResponse::from).toList();
    }
}
