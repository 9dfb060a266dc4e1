package com.crmplatform.dealservice.dealstatus.domain;

import com.crmplatform.contracts.deal.CustomerDeal;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's deal status (DEAL: an active or completed contract; IN_PROGRESS: an open opportunity, a won one
 * without a contract yet, or a contract not approved yet; else NONE), recomputed by every change of one of its opportunities or contracts and carried by
 * that change's event, where customer-service reads it.
 */
@Service
public class CustomerDealStatus {

    private final CustomerDealRepository deals;

    CustomerDealStatus(CustomerDealRepository deals) {
        this.deals = deals;
    }

    /**
     * The status after the caller's change, with the next sequence number. Runs in the caller's transaction: the
     * customer's row is locked before the status is read, so of two concurrent changes for one customer the second
     * reads the first one's committed result and carries the higher sequence.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CustomerDeal recompute(String tenant, UUID customerId) {
        long sequence = deals.lockNextSequence(tenant, customerId);
        var status = deals.currentStatus(tenant, customerId);
        deals.saveStatus(tenant, customerId, status);
        return new CustomerDeal(customerId, status, sequence);
    }
}
