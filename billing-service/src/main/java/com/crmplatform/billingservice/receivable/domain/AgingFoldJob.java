package com.crmplatform.billingservice.receivable.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code crm.billing.aging.fold-interval} (default 2 s) moves the aging changes that writes of money added into
 * the per-day sums the aging report reads, {@link #BATCH} per transaction, then vacuums the changes' table. The report
 * is exact whether or not they are folded (it reads both); folding only keeps what it reads short. Several instances
 * take turns (an advisory lock).
 */
@Component
public class AgingFoldJob {

    /** Changes folded per transaction. */
    static final int BATCH = 10_000;

    private static final Logger log = LoggerFactory.getLogger(AgingFoldJob.class);

    private final AgingTotals totals;
    private final TransactionTemplate transaction;

    AgingFoldJob(AgingTotals totals, TransactionTemplate transaction) {
        this.totals = totals;
        this.transaction = transaction;
    }

    @Scheduled(
            fixedDelayString = "${crm.billing.aging.fold-interval:2s}",
            initialDelayString = "${crm.billing.aging.fold-interval:2s}")
    void scheduled() {
        int folded = run();
        if (folded >= BATCH) {
            log.info("Folded {} aging changes", folded);
        }
    }

    /** Folds every change there is now, then vacuums the changes' table if it folded any; answers how many. */
    public int run() {
        int total = 0;
        int done;
        do {
            Integer count = transaction.execute(status -> totals.fold(BATCH));
            done = count == null ? 0 : count;
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            totals.vacuumChanges();
        }
        return total;
    }
}
