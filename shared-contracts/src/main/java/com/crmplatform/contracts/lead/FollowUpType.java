package com.crmplatform.contracts.lead;

/** How a salesperson followed up a lead (跟进方式). */
public enum FollowUpType {
    CALL,
    VISIT,
    MESSAGE,
    EMAIL,
    MEETING,
    OTHER
}
