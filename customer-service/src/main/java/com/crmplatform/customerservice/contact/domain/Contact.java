package com.crmplatform.customerservice.contact.domain;

import com.crmplatform.contracts.customer.ContactChanged;
import java.time.Instant;
import java.util.UUID;

/** A contact (联系人) of one customer; exactly one contact of a customer is its primary contact. */
public record Contact(
        UUID id,
        String tenant,
        UUID customerId,
        ContactDetails details,
        boolean primary,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public static Contact create(UUID customerId, String tenant, ContactDetails details, boolean primary, Instant now) {
        return new Contact(UUID.randomUUID(), tenant, customerId, details, primary, now, now, 0);
    }

    public Contact edited(ContactDetails newDetails, boolean newPrimary, Instant now) {
        return new Contact(id, tenant, customerId, newDetails, newPrimary, createdAt, now, version + 1);
    }

    public ContactChanged changed(String by, Instant at) {
        return new ContactChanged(customerId, id, details.name(), primary, by, at);
    }
}
