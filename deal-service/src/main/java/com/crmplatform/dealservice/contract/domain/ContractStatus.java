package com.crmplatform.dealservice.contract.domain;

/**
 * Where a contract is: DRAFT → PENDING_APPROVAL (submitted) → ACTIVE (approved) → COMPLETED, or back to DRAFT when
 * the first approval is refused; TERMINATED ends it early. COMPLETED and TERMINATED are final. The names are stored
 * and read by the customer's deal status (dealstatus), so they never change.
 */
public enum ContractStatus {
    DRAFT,
    PENDING_APPROVAL,
    ACTIVE,
    COMPLETED,
    TERMINATED;

    public boolean closed() {
        return this == COMPLETED || this == TERMINATED;
    }
}
