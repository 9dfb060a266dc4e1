package com.crmplatform.customerservice.dealstatus.domain;

import com.crmplatform.contracts.deal.CustomerDeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each customer's deal status (成交状态) as deal-service last computed it. deal-service numbers its
 * computations per customer, and its opportunity and contract events arrive on two topics in any order, so only a
 * higher sequence replaces the stored status: an older one arriving late changes nothing. The status is
 * deal-service's fact, not an edit by a user: the customer's {@code version} and {@code updatedAt} stay (no client's
 * optimistic lock breaks over it) and no customer event is published.
 */
@Service
public class DealStatusService {

    private static final Logger log = LoggerFactory.getLogger(DealStatusService.class);

    private final DealStatusRepository statuses;

    DealStatusService(DealStatusRepository statuses) {
        this.statuses = statuses;
    }

    /**
     * Applies the status to the customer of the tenant if it is newer than the one stored.
     *
     * @return true when stored; false for an older or equal sequence or a customer the tenant does not have
     */
    @Transactional
    public boolean apply(String tenant, CustomerDeal deal) {
        if (statuses.storeIfNewer(tenant, deal)) {
            log.debug(
                    "Customer {} of tenant {}: deal status {} (sequence {})",
                    deal.customerId(),
                    tenant,
                    deal.status(),
                    deal.sequence());
            return true;
        }
        if (log.isDebugEnabled()) {
            logNotApplied(tenant, deal);
        }
        return false;
    }

    /** Why nothing changed; costs a query, so only when someone reads it. */
    private void logNotApplied(String tenant, CustomerDeal deal) {
        statuses.sequenceOf(tenant, deal.customerId())
                .ifPresentOrElse(
                        stored -> log.debug(
                                "Customer {} of tenant {}: deal status {} of sequence {} is not newer than {}; ignored",
                                deal.customerId(),
                                tenant,
                                deal.status(),
                                deal.sequence(),
                                stored),
                        () -> log.debug(
                                "Deal status {} for customer {}, unknown in tenant {}; ignored",
                                deal.status(),
                                deal.customerId(),
                                tenant));
    }
}
