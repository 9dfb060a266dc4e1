package com.crmplatform.customerservice.recycling.domain;

import com.crmplatform.customerservice.customer.domain.RecyclingTerms;
import com.crmplatform.platform.error.InvalidRequestException;

/**
 * A tenant's recycling rules (回收规则). An owned customer goes back to the pool when it had no follow-up for
 * {@code noFollowUpDays}, or no deal {@code noDealDays} after its current owner got it; the owner is warned
 * {@code warnDaysBefore} days earlier (0: never).
 *
 * @param enabled false: nothing is recycled or warned about in the tenant
 * @param exemptWithDeal customers with a deal ({@code DEAL}) are never recycled
 */
public record RecyclingRules(
        boolean enabled, int noFollowUpDays, int noDealDays, int warnDaysBefore, boolean exemptWithDeal) {

    public static final int MAX_DAYS = 3650;
    public static final int MAX_WARN_DAYS = 365;

    /** Checks what single fields cannot: a warning must come after the owner got the customer, not before. */
    public RecyclingRules {
        requireBetween("noFollowUpDays", noFollowUpDays, 1, MAX_DAYS);
        requireBetween("noDealDays", noDealDays, 1, MAX_DAYS);
        requireBetween("warnDaysBefore", warnDaysBefore, 0, MAX_WARN_DAYS);
        if (warnDaysBefore >= Math.min(noFollowUpDays, noDealDays)) {
            throw new InvalidRequestException(
                    "warnDaysBefore",
                    "WarningBeforeDue",
                    "warnDaysBefore must be less than both noFollowUpDays and noDealDays");
        }
    }

    RecyclingTerms.Terms terms() {
        return new RecyclingTerms.Terms(noFollowUpDays, noDealDays, exemptWithDeal);
    }

    private static void requireBetween(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException(field, "Range", field + " must be between " + min + " and " + max);
        }
    }
}
