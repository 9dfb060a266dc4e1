package com.crmplatform.leadservice.lead.domain.autoassign;

import com.crmplatform.leadservice.lead.domain.Lead;

/**
 * Automatic assignment of a freshly captured lead that has no owner (captured by marketing, an admin or a campaign
 * form). Implemented by the pool feature (round-robin, when the tenant turned it on); an interface here because the
 * pool feature depends on the lead feature, never the other way round.
 */
public interface AutoAssigner {

    /**
     * Called inside the capturing transaction, after the lead was inserted and its {@code created} event published.
     * Returns the lead as it now is: given to a salesperson (with its history row and {@code assigned} event), or
     * unchanged (it has an owner already, or the tenant does not assign automatically).
     */
    Lead assignIfEnabled(Lead captured);
}
