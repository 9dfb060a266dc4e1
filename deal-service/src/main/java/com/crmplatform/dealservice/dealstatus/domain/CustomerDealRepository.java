package com.crmplatform.dealservice.dealstatus.domain;

import com.crmplatform.contracts.deal.DealStatus;
import java.util.UUID;

/** Each customer's deal status and its sequence. */
public interface CustomerDealRepository {

    /** Increments (or starts at 1) the customer's sequence and locks its row until the transaction ends. */
    long lockNextSequence(String tenant, UUID customerId);

    /** The status the customer's opportunities and contracts give now. */
    DealStatus currentStatus(String tenant, UUID customerId);

    void saveStatus(String tenant, UUID customerId, DealStatus status);
}
