package com.crmplatform.leadservice.pool.domain;

/** How a lead changed hands. */
public enum OwnershipAction {
    ASSIGNED,
    CLAIMED,
    RELEASED,
    TRANSFERRED,
    RECYCLED
}
