package com.crmplatform.customerservice.offboarding.web;

import com.crmplatform.customerservice.offboarding.domain.OffboardingService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The admin action "offboard user": a leaving salesperson's customers go to a colleague or the pool. */
@RestController
class OffboardingController {

    private final OffboardingService offboarding;

    OffboardingController(OffboardingService offboarding) {
        this.offboarding = offboarding;
    }

    @PostMapping("/api/v1/users/{userId}/offboard")
    @PreAuthorize("hasRole('crm-admin')")
    OffboardResponse offboard(
            @PathVariable String userId, @Valid @RequestBody OffboardRequest request, CurrentUser user) {
        String target = request.target();
        List<UUID> moved = offboarding.offboard(userId, target, request.reason().strip(), user);
        return new OffboardResponse(userId, target, target == null, moved.size(), moved);
    }
}
