package com.crmplatform.leadservice.lead.domain;

/** Where a lead is in its life: NEW → ASSIGNED → FOLLOWING → CONVERTED, or INVALID. */
public enum LeadStatus {
    NEW,
    ASSIGNED,
    FOLLOWING,
    CONVERTED,
    INVALID
}
