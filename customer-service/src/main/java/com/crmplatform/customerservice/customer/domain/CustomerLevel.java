package com.crmplatform.customerservice.customer.domain;

/** How valuable a customer is: A (key account) … C. */
public enum CustomerLevel {
    A,
    B,
    C
}
