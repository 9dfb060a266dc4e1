package com.crmplatform.customerservice.contact.domain;

/** What a user writes about a contact. */
public record ContactDetails(
        String name,
        String title,
        String department,
        String phone,
        String email,
        String otherContact,
        DecisionRole decisionRole,
        String notes) {}
