package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's way through approval (审批) to its end: submit (owner or admin), approve and reject (admin; the
 * controller checks the role), complete (owner or admin), terminate (admin from any open status, the owner only a
 * draft). Each move locks the contract, checks the status it starts from, and is published; submissions, approvals
 * and rejections are also kept in the approval trail.
 */
@Service
public class ContractLifecycleService {

    private final ContractService contracts;
    private final ApprovalTrail trail;
    private final Clock clock;

    ContractLifecycleService(ContractService contracts, ApprovalTrail trail, Clock clock) {
        this.contracts = contracts;
        this.trail = trail;
        this.clock = clock;
    }

    /** DRAFT → PENDING_APPROVAL. */
    @Transactional
    public Contract submit(UUID id, String comment, CurrentUser user) {
        Contract current = contracts.lock(id, user);
        return approvalStep(current, current.submitted(clock.instant()), ApprovalAction.SUBMITTED, comment, user);
    }

    /** PENDING_APPROVAL → ACTIVE; the caller is the approver and the amount becomes the approved amount. */
    @Transactional
    public Contract approve(UUID id, String comment, CurrentUser user) {
        Contract current = contracts.lock(id, user);
        Contract approved = current.approvedBy(user.id(), clock.instant());
        return approvalStep(current, approved, ApprovalAction.APPROVED, comment, user);
    }

    /** PENDING_APPROVAL → DRAFT, or back to ACTIVE at the approved amount when an amendment is refused. */
    @Transactional
    public Contract reject(UUID id, String comment, CurrentUser user) {
        Contract current = contracts.lock(id, user);
        return approvalStep(current, current.rejected(clock.instant()), ApprovalAction.REJECTED, comment, user);
    }

    /** ACTIVE → COMPLETED. */
    @Transactional
    public Contract complete(UUID id, CurrentUser user) {
        Contract current = contracts.lock(id, user);
        return move(current, current.completed(clock.instant()), ContractEvents.COMPLETED, null, user);
    }

    /**
     * Ends the contract early with a reason: an admin from any open status, its owner only while it is a draft (403
     * {@code CONTRACT_TERMINATION_NOT_ALLOWED} after that; 409 {@code CONTRACT_CLOSED} once it is final).
     */
    @Transactional
    public Contract terminate(UUID id, String reason, CurrentUser user) {
        Contract current = contracts.lock(id, user);
        current.requireOpen();
        if (!user.isAdmin() && current.status() != ContractStatus.DRAFT) {
            throw new CrmException(
                    ErrorCode.ACCESS_DENIED,
                    "CONTRACT_TERMINATION_NOT_ALLOWED",
                    "Contract " + current.number() + " is " + current.status() + "; only an admin may terminate it now",
                    null,
                    Map.of("status", current.status().name()));
        }
        return move(current, current.terminated(reason, clock.instant()), ContractEvents.TERMINATED, reason, user);
    }

    /** The approval trail, oldest first, when the caller may see the contract. */
    @Transactional(readOnly = true)
    public List<ContractApproval> approvals(UUID id, CurrentUser user) {
        Contract contract = contracts.get(id, user);
        return trail.of(contract.tenant(), contract.id());
    }

    private Contract approvalStep(
            Contract current, Contract changed, ApprovalAction action, String comment, CurrentUser user) {
        contracts.save(current, changed);
        trail.record(ContractApproval.of(current, changed, action, comment, user.id()));
        String eventComment = action == ApprovalAction.REJECTED ? comment : null;
        contracts.publish(eventFor(action), changed, current, eventComment, user);
        return changed;
    }

    private Contract move(
            Contract current, Contract changed, EventType<ContractChanged> event, String comment, CurrentUser user) {
        contracts.save(current, changed);
        contracts.publish(event, changed, current, comment, user);
        return changed;
    }

    private static EventType<ContractChanged> eventFor(ApprovalAction action) {
        return switch (action) {
            case SUBMITTED -> ContractEvents.SUBMITTED;
            case APPROVED -> ContractEvents.APPROVED;
            case REJECTED -> ContractEvents.REJECTED;
        };
    }
}
