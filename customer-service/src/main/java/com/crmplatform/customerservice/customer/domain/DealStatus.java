package com.crmplatform.customerservice.customer.domain;

/** Whether the company has closed a deal with the customer yet (set from deal events once deal-service exists). */
public enum DealStatus {
    NONE,
    CLOSED
}
