package com.crmplatform.customerservice.pool.web;

import com.crmplatform.customerservice.customer.domain.Customer;
import java.util.UUID;

/** A customer's ownership after a change. */
record OwnershipResponse(UUID id, String ownerId, int version) {

    static OwnershipResponse from(Customer customer) {
        return new OwnershipResponse(customer.id(), customer.ownerId(), customer.version());
    }
}
