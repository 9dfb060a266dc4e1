package com.crmplatform.leadservice.pool.domain;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadRecycled;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadAction;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic recycling: an owned, open lead whose owner has had it for {@code crm.lead.pool.recycle-after} (or the
 * tenant's {@code crm.lead.pool.tenant-recycle-after.<tenant>}) without a follow-up in that time goes back to the pool, with a history entry and a {@code recycled} event naming the
 * previous owner. Runs every {@code crm.lead.pool.recycle-interval}; several instances share the work
 * ({@code SKIP LOCKED}).
 */
@Component
public class LeadRecycler {

    private static final Logger log = LoggerFactory.getLogger(LeadRecycler.class);

    private final LeadRepository leads;
    private final LeadService leadService;
    private final LeadHistoryRepository history;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final PoolProperties properties;
    private final Clock clock;

    LeadRecycler(
            LeadRepository leads,
            LeadService leadService,
            LeadHistoryRepository history,
            Outbox outbox,
            TransactionTemplate transaction,
            PoolProperties properties,
            Clock clock) {
        this.leads = leads;
        this.leadService = leadService;
        this.history = history;
        this.outbox = outbox;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${crm.lead.pool.recycle-interval:1h}",
            initialDelayString = "${crm.lead.pool.recycle-initial-delay:5m}")
    void scheduled() {
        int recycled = recycle(clock.instant());
        if (recycled > 0) {
            log.info("Recycled {} leads without a recent follow-up back to the pool", recycled);
        }
    }

    /**
     * Recycles every lead due at {@code now}, one batch per transaction: first the tenants with their own
     * {@code tenant-recycle-after}, then all others with {@code recycle-after}. Returns how many.
     */
    public int recycle(Instant now) {
        int total = 0;
        for (Map.Entry<String, Duration> tenant :
                properties.tenantRecycleAfter().entrySet()) {
            total += recycle(now, tenant.getValue(), tenant.getKey(), Set.of());
        }
        return total
                + recycle(
                        now,
                        properties.recycleAfter(),
                        null,
                        properties.tenantRecycleAfter().keySet());
    }

    private int recycle(Instant now, Duration after, String onlyTenant, Set<String> exceptTenants) {
        Instant cutoff = now.minus(after);
        int total = 0;
        int moved;
        do {
            Integer batch = transaction.execute(status -> recycleBatch(cutoff, after, onlyTenant, exceptTenants, now));
            moved = batch == null ? 0 : batch;
            total += moved;
        } while (moved == properties.recycleBatchSize());
        return total;
    }

    private int recycleBatch(
            Instant cutoff, Duration after, String onlyTenant, Set<String> exceptTenants, Instant now) {
        List<Lead> due = leads.lockRecyclable(cutoff, onlyTenant, exceptTenants, properties.recycleBatchSize());
        for (Lead lead : due) {
            Lead recycled = lead.returnedToPool(LeadAction.RECYCLE, now);
            leadService.save(recycled, lead.version());
            history.insert(OwnershipChange.of(
                    lead.tenant(),
                    lead.id(),
                    OwnershipAction.RECYCLED,
                    lead.ownerId(),
                    null,
                    "no follow-up for " + after.toDays() + " days",
                    OwnershipChange.SYSTEM,
                    now));
            outbox.publish(
                    LeadEvents.RECYCLED,
                    lead.id(),
                    lead.tenant(),
                    new LeadRecycled(lead.id(), lead.ownerId(), lead.lastFollowUpAt(), now));
        }
        return due.size();
    }
}
