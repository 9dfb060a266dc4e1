package com.crmplatform.dealservice.contract.web;

import com.crmplatform.dealservice.contract.domain.ApprovalAction;
import com.crmplatform.dealservice.contract.domain.ContractApproval;
import java.math.BigDecimal;
import java.time.Instant;

/** One step of a contract's approval trail, with the amount it was about. */
record ContractApprovalResponse(
        ApprovalAction action, BigDecimal amount, String currency, String comment, String actedBy, Instant actedAt) {

    static ContractApprovalResponse from(ContractApproval a) {
        return new ContractApprovalResponse(
                a.action(), a.amount(), a.currency(), a.comment(), a.actedBy(), a.actedAt());
    }
}
