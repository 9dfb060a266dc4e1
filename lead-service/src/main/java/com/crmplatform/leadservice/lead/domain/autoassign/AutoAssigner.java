package com.crmplatform.leadservice.lead.domain.autoassign;

import com.crmplatform.leadservice.lead.domain.Lead;
import java.util.List;

/**
 * Automatic assignment of a freshly captured lead that has no owner (captured by marketing, an admin or a campaign
 * form). Implemented by the pool feature (round-robin, when the tenant turned it on); an interface here because the
 * pool feature depends on the lead feature, never the other way round.
 */
public interface AutoAssigner {

    /**
     * Inside the capturing transaction, before the leads of one tenant (one capture, or a CSV import) are inserted:
     * the ownerless ones go to the salespeople in turn, in list order, all turns taken with one cursor update.
     * Returns the leads to insert (the same leads when the tenant does not assign automatically).
     */
    List<Lead> assignAllIfEnabled(String tenant, List<Lead> captured);

    /**
     * After {@link #assignAllIfEnabled}'s leads were inserted and their {@code created} events published: the
     * history rows and {@code assigned} events of the assignments it made, in batches.
     */
    void recordAssignments(String tenant, List<Lead> captured, List<Lead> inserted);
}
