package com.crmplatform.customerservice.followup.domain;

/** How a customer was followed up (跟进方式). */
public enum FollowUpType {
    CALL,
    VISIT,
    MESSAGE,
    EMAIL,
    MEETING,
    OTHER
}
