package com.crmplatform.dealservice.opportunity.domain;

/** Whether an opportunity is still being worked on, or closed as won or lost. */
public enum OpportunityStatus {
    OPEN,
    WON,
    LOST
}
