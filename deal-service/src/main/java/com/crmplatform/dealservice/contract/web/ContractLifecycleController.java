package com.crmplatform.dealservice.contract.web;

import com.crmplatform.dealservice.contract.domain.ContractLifecycleService;
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

/**
 * A contract's approval (审批) and end: submit, complete and terminate by its owner or an admin, approve and reject by
 * an admin; the approval trail for whoever may read the contract (finance included).
 */
@RestController
@RequestMapping("/api/v1/contracts/{id}")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
class ContractLifecycleController {

    private final ContractLifecycleService lifecycle;

    ContractLifecycleController(ContractLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/submit")
    ContractResponse submit(
            @PathVariable UUID id, @Valid @RequestBody(required = false) CommentRequest request, CurrentUser user) {
        return ContractResponse.from(lifecycle.submit(id, comment(request), user));
    }

    @PostMapping("/approve")
    @PreAuthorize("hasRole('crm-admin')")
    ContractResponse approve(
            @PathVariable UUID id, @Valid @RequestBody(required = false) CommentRequest request, CurrentUser user) {
        return ContractResponse.from(lifecycle.approve(id, comment(request), user));
    }

    @PostMapping("/reject")
    @PreAuthorize("hasRole('crm-admin')")
    ContractResponse reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request, CurrentUser user) {
        return ContractResponse.from(lifecycle.reject(id, request.comment().strip(), user));
    }

    @PostMapping("/complete")
    ContractResponse complete(@PathVariable UUID id, CurrentUser user) {
        return ContractResponse.from(lifecycle.complete(id, user));
    }

    @PostMapping("/terminate")
    ContractResponse terminate(@PathVariable UUID id, @Valid @RequestBody TerminateRequest request, CurrentUser user) {
        return ContractResponse.from(lifecycle.terminate(id, request.reason().strip(), user));
    }

    @GetMapping("/approvals")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-finance')")
    List<ContractApprovalResponse> approvals(@PathVariable UUID id, CurrentUser user) {
        return lifecycle.approvals(id, user).stream()
                .map(ContractApprovalResponse::from)
                .toList();
    }

    private static String comment(CommentRequest request) {
        return request == null ? null : ContractRequests.text(request.comment());
    }
}
