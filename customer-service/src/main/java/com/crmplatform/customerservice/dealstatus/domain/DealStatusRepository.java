package com.crmplatform.customerservice.dealstatus.domain;

import com.crmplatform.contracts.deal.CustomerDeal;
import java.util.Optional;
import java.util.UUID;

/** The deal status stored on each customer, with the sequence of deal-service's computation it came from. */
public interface DealStatusRepository {

    /**
     * Stores the status when its sequence is higher than the stored one; leaves the customer's version and
     * {@code updatedAt} alone.
     *
     * @return true when stored, false for an unknown customer of the tenant or a sequence that is not newer
     */
    boolean storeIfNewer(String tenant, CustomerDeal deal);

    /** The sequence stored for the customer; empty for a customer the tenant does not have. */
    Optional<Long> sequenceOf(String tenant, UUID customerId);
}
