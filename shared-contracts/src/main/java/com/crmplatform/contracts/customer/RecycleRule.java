package com.crmplatform.contracts.customer;

/** Which recycling rule makes an owned customer go back to the pool. */
public enum RecycleRule {
    /** no follow-up for the tenant's number of days since the last one (or since the owner got the customer) */
    NO_FOLLOW_UP,
    /** no deal within the tenant's number of days since the owner got the customer */
    NO_DEAL
}
