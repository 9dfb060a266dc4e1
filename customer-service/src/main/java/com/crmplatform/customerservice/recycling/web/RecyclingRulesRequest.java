package com.crmplatform.customerservice.recycling.web;

import com.crmplatform.customerservice.recycling.domain.RecyclingRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/v1/customers/recycling-rules}: the tenant's whole rule set. */
record RecyclingRulesRequest(
        @NotNull Boolean enabled,
        @NotNull @Min(1) @Max(RecyclingRules.MAX_DAYS) Integer noFollowUpDays,
        @NotNull @Min(1) @Max(RecyclingRules.MAX_DAYS) Integer noDealDays,
        @NotNull @Min(0) @Max(RecyclingRules.MAX_WARN_DAYS) Integer warnDaysBefore,
        @NotNull Boolean exemptWithDeal) {

    /** The rules; 400 on {@code warnDaysBefore} when the warning would not come before both rules are due. */
    RecyclingRules toRules() {
        return new RecyclingRules(enabled, noFollowUpDays, noDealDays, warnDaysBefore, exemptWithDeal);
    }
}
