package com.crmplatform.customerservice.recycling.web;

import com.crmplatform.customerservice.recycling.domain.RecyclingRules;
import com.crmplatform.customerservice.recycling.domain.TenantRecyclingRules;
import java.time.Instant;

/** The rules in force for the caller's tenant; {@code usingDefaults}: the configured defaults, never replaced. */
record RecyclingRulesResponse(
        boolean enabled,
        int noFollowUpDays,
        int noDealDays,
        int warnDaysBefore,
        boolean exemptWithDeal,
        boolean usingDefaults,
        String updatedBy,
        Instant updatedAt) {

    static RecyclingRulesResponse from(TenantRecyclingRules inForce) {
        RecyclingRules r = inForce.rules();
        return new RecyclingRulesResponse(
                r.enabled(),
                r.noFollowUpDays(),
                r.noDealDays(),
                r.warnDaysBefore(),
                r.exemptWithDeal(),
                inForce.usingDefaults(),
                inForce.updatedBy(),
                inForce.updatedAt());
    }
}
