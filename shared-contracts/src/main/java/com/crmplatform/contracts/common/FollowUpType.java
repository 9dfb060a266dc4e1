package com.crmplatform.contracts.common;

/** How a salesperson followed up a lead, a customer or an opportunity (跟进方式). */
public enum FollowUpType {
    CALL,
    VISIT,
    MESSAGE,
    EMAIL,
    MEETING,
    OTHER
}
