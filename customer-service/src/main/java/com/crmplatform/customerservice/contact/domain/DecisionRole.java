package com.crmplatform.customerservice.contact.domain;

/** A contact's role in the purchase decision (course 1.4). */
public enum DecisionRole {
    DECISION_MAKER,
    USER,
    INFLUENCER,
    PURCHASER
}
