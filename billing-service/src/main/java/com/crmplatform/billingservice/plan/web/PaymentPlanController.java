package com.crmplatform.billingservice.plan.web;

import com.crmplatform.billingservice.plan.domain.PaymentPlanService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's payment plan (回款计划): its owner and finance edit it, admins read it; marketing none. The gateway
 * routes {@code /api/v1/contracts/{id}/payment-plan} here and the rest of {@code /api/v1/contracts} to deal-service.
 */
@RestController
@RequestMapping("/api/v1/contracts/{contractId}/payment-plan")
class PaymentPlanController {

    private final PaymentPlanService plans;

    PaymentPlanController(PaymentPlanService plans) {
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-finance')")
    PaymentPlanResponse get(@PathVariable UUID contractId, CurrentUser user) {
        return PaymentPlanResponse.from(plans.get(contractId, user));
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('crm-sales', 'crm-finance')")
    PaymentPlanResponse replace(
            @PathVariable UUID contractId, @Valid @RequestBody PaymentPlanRequest request, CurrentUser user) {
        return PaymentPlanResponse.from(plans.replace(contractId, request.toDrafts(), request.version(), user));
    }
}
