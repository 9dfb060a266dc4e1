package com.crmplatform.contracts.deal;

/** Where the company stands with a customer (成交状态), as deal-service computes it from its deals. */
public enum DealStatus {
    /** No open opportunity and no contract. */
    NONE,
    /** An open opportunity, a won one without a contract yet, or a contract not approved yet. */
    IN_PROGRESS,
    /** An active or completed contract. */
    DEAL
}
