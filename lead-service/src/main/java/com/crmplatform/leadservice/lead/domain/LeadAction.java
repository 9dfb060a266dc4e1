package com.crmplatform.leadservice.lead.domain;

/** What can be done to a lead; {@link LeadStatus#allows} says in which statuses. */
public enum LeadAction {
    EDIT,
    ASSIGN,
    CLAIM,
    RELEASE,
    TRANSFER,
    RECYCLE,
    FOLLOW_UP,
    INVALIDATE,
    RESTORE,
    CONVERT
}
