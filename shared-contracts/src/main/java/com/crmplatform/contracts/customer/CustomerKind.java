package com.crmplatform.contracts.customer;

/** A customer is an organization (company) or an individual person. */
public enum CustomerKind {
    ORGANIZATION,
    INDIVIDUAL
}
