package com.crmplatform.leadservice.pool.domain;

/** How a lead changed hands (or, for CONVERTED, left the sales funnel as a customer). */
public enum OwnershipAction {
    ASSIGNED,
    CLAIMED,
    RELEASED,
    TRANSFERRED,
    RECYCLED,
    /** Converted into a customer: the owner keeps it, the reason names the customer. */
    CONVERTED
}
