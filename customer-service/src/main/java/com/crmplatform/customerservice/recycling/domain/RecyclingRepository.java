package com.crmplatform.customerservice.recycling.domain;

import java.time.Instant;
import java.util.List;

/**
 * The recycling job's view of all tenants' owned customers: the one place that reads across tenants, as a system
 * job and never for a caller. A tenant without rules of its own is measured with {@code defaults}. Rows another
 * instance has locked are skipped, so several instances share the work.
 */
public interface RecyclingRepository {

    /** Up to {@code limit} customers due at {@code now}, locked for the rest of the transaction. */
    List<DueCustomer> lockDue(Instant now, RecyclingRules defaults, int limit);

    /**
     * Up to {@code limit} customers inside their warning window at {@code now} whose owner was not yet warned about
     * this due date; remembers the due date as warned and answers them.
     */
    List<DueCustomer> markEnteringWarning(Instant now, RecyclingRules defaults, int limit);
}
