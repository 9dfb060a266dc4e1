package com.crmplatform.customerservice.contact.web;

import com.crmplatform.customerservice.contact.domain.Contact;
import com.crmplatform.customerservice.contact.domain.DecisionRole;
import java.time.Instant;
import java.util.UUID;

/** A contact as clients see it. */
record ContactResponse(
        UUID id,
        UUID customerId,
        String name,
        String title,
        String department,
        String phone,
        String email,
        String otherContact,
        DecisionRole decisionRole,
        boolean primary,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    static ContactResponse from(Contact c) {
        var d = c.details();
        return new ContactResponse(
                c.id(),
                c.customerId(),
                d.name(),
                d.title(),
                d.department(),
                d.phone(),
                d.email(),
                d.otherContact(),
                d.decisionRole(),
                c.primary(),
                d.notes(),
                c.createdAt(),
                c.updatedAt(),
                c.version());
    }
}
