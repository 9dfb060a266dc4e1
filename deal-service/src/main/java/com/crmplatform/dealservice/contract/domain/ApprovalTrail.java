package com.crmplatform.dealservice.contract.domain;

import java.util.List;
import java.util.UUID;

/** The approval trail of contracts, always within one tenant. */
public interface ApprovalTrail {

    void record(ContractApproval approval);

    /** Oldest first. */
    List<ContractApproval> of(String tenant, UUID contractId);
}
