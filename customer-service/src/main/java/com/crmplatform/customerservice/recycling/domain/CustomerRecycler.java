package com.crmplatform.customerservice.recycling.domain;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.customer.CustomerRecycleWarning;
import com.crmplatform.contracts.customer.OwnerChange;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.customerservice.pool.domain.PoolService;
import com.crmplatform.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recycling job: every {@code crm.customer.recycling.interval} it puts due customers back into the pool (history
 * and owner-changed event {@code RECYCLED}, by {@code system}) and warns the owners of customers entering the
 * warning window ({@code recycle-warning} event, once per owner and due date). One batch per transaction;
 * several instances share the work ({@code SKIP LOCKED}).
 */
@Component
public class CustomerRecycler {

    private static final Logger log = LoggerFactory.getLogger(CustomerRecycler.class);

    private final RecyclingRepository recycling;
    private final CustomerRepository customers;
    private final PoolService pool;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final RecyclingProperties properties;
    private final Clock clock;

    CustomerRecycler(
            RecyclingRepository recycling,
            CustomerRepository customers,
            PoolService pool,
            Outbox outbox,
            TransactionTemplate transaction,
            RecyclingProperties properties,
            Clock clock) {
        this.recycling = recycling;
        this.customers = customers;
        this.pool = pool;
        this.outbox = outbox;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${crm.customer.recycling.interval:1h}",
            initialDelayString = "${crm.customer.recycling.initial-delay:5m}")
    void scheduled() {
        Run run = run(clock.instant());
        if (run.recycled() > 0 || run.warned() > 0) {
            log.info("Recycled {} customers to the pool, warned the owners of {}", run.recycled(), run.warned());
        }
    }

    /** Recycles what is due at {@code now}, then warns about what enters its warning window. */
    public Run run(Instant now) {
        RecyclingRules defaults = properties.defaults();
        // Recycle first: a customer already due goes to the pool without a warning that would come too late.
        int recycled = inBatches(() -> recycleBatch(now, defaults));
        int warned = inBatches(() -> warnBatch(now, defaults));
        return new Run(recycled, warned);
    }

    private int inBatches(Supplier<Integer> batch) {
        int total = 0;
        int done;
        do {
            Integer count = transaction.execute(status -> batch.get());
            done = count == null ? 0 : count;
            total += done;
        } while (done == properties.batchSize());
        return total;
    }

    private int recycleBatch(Instant now, RecyclingRules defaults) {
        List<DueCustomer> due = recycling.lockDue(now, defaults, properties.batchSize());
        for (DueCustomer d : due) {
            Customer customer = customers.find(d.tenant(), d.customerId()).orElseThrow();
            pool.moveAsSystem(customer, null, OwnerChange.RECYCLED, d.reason(), now);
        }
        return due.size();
    }

    private int warnBatch(Instant now, RecyclingRules defaults) {
        List<DueCustomer> entering = recycling.markEnteringWarning(now, defaults, properties.batchSize());
        for (DueCustomer d : entering) {
            outbox.publish(
                    CustomerEvents.RECYCLE_WARNING,
                    d.customerId(),
                    d.tenant(),
                    new CustomerRecycleWarning(d.customerId(), d.ownerId(), d.rule(), d.dueAt()));
        }
        return entering.size();
    }

    /** What one run did. */
    public record Run(int recycled, int warned) {}
}
