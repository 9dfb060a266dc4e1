package com.crmplatform.dealservice.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a contract's approval trail: a submission (also the automatic one of an amended active contract), an
 * approval or a rejection, with the amount it was about, so the trail shows what was approved or refused even after
 * later edits.
 */
public record ContractApproval(
        UUID id,
        String tenant,
        UUID contractId,
        ApprovalAction action,
        BigDecimal amount,
        String currency,
        String comment,
        String actedBy,
        Instant actedAt) {

    /**
     * A move from {@code before} to {@code after}: a rejection is about the amount that was pending (a rejected
     * amendment has gone back to the approved amount since), the other steps about the amount they leave.
     */
    public static ContractApproval of(
            Contract before, Contract after, ApprovalAction action, String comment, String by) {
        Contract about = action == ApprovalAction.REJECTED ? before : after;
        return new ContractApproval(
                UUID.randomUUID(),
                after.tenant(),
                after.id(),
                action,
                about.details().amount(),
                about.details().currency(),
                comment,
                by,
                after.updatedAt());
    }
}
