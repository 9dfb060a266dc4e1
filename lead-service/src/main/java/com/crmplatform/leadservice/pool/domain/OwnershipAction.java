package com.crmplatform.leadservice.pool.domain;

/** How a lead changed hands (or, for CONVERTED, left the sales funnel as a customer). */
public enum OwnershipAction {
    ASSIGNED,
    CLAIMED,
    RELEASED,
    TRANSFERRED,
    RECYCLED,
    /** Its owner left the company: moved to the colleague who takes over, or to the pool. */
    OFFBOARDED,
    /** Converted into a customer: the owner keeps it, the reason names the customer. */
    CONVERTED
}
