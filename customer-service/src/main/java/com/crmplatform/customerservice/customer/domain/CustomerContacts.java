package com.crmplatform.customerservice.customer.domain;

import java.util.List;
import java.util.UUID;

/** The contacts of a customer as the customer's detail view shows them (implemented by the contact feature). */
public interface CustomerContacts {

    List<CustomerContact> of(String tenant, UUID customerId);

    /** One contact in a customer's detail view. */
    record CustomerContact(
            UUID id, String name, String title, String phone, String email, String decisionRole, boolean primary) {}
}
