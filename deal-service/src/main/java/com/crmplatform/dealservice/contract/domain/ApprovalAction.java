package com.crmplatform.dealservice.contract.domain;

/** What happened in a contract's approval (审批) trail. */
public enum ApprovalAction {
    SUBMITTED,
    APPROVED,
    REJECTED
}
