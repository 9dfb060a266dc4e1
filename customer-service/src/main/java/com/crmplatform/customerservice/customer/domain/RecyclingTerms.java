package com.crmplatform.customerservice.customer.domain;

import java.util.Optional;

/** A tenant's recycling rules as the customer list applies them (implemented by the recycling feature). */
public interface RecyclingTerms {

    /** The tenant's terms, or empty when recycling is switched off for it. */
    Optional<Terms> of(String tenant);

    /**
     * @param noFollowUpDays an owned customer without a follow-up for this many days is due
     * @param noDealDays an owned customer without a deal this many days after its owner got it is due
     * @param exemptWithDeal customers with a deal ({@code DEAL}) are never due
     */
    record Terms(int noFollowUpDays, int noDealDays, boolean exemptWithDeal) {}
}
