package com.crmplatform.leadservice.pool.web;

import com.crmplatform.leadservice.pool.domain.AutoAssignmentService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's round-robin automatic assignment of ownerless new leads (admin only). */
@RestController
@RequestMapping("/api/v1/leads/auto-assignment")
@PreAuthorize("hasRole('crm-admin')")
class AutoAssignmentController {

    private final AutoAssignmentService autoAssignment;

    AutoAssignmentController(AutoAssignmentService autoAssignment) {
        this.autoAssignment = autoAssignment;
    }

    @GetMapping
    AutoAssignmentResponse get(CurrentUser user) {
        return AutoAssignmentResponse.from(autoAssignment.get(user));
    }

    @PutMapping
    AutoAssignmentResponse set(@Valid @RequestBody AutoAssignmentRequest request, CurrentUser user) {
        return AutoAssignmentResponse.from(autoAssignment.set(request.enabled(), request.salespeopleOrNone(), user));
    }
}
