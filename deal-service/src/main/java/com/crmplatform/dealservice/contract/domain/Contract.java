package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.CustomerDeal;
import com.crmplatform.dealservice.customer.domain.KnownCustomer;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A contract (合同) with one customer, made from a won opportunity or directly, owned by one salesperson. It takes
 * effect when an admin approves it (审批); an amount change of an active contract needs a new approval, during which
 * {@link #approved} still holds the terms in force. Each change returns a new value with the version bumped; each
 * move checks the status it starts from (409 with a reason otherwise).
 *
 * @param number the tenant's readable number, e.g. {@code HT-2026-000123}
 * @param opportunityId the won opportunity it was made from, or null
 * @param sourceCampaignId inherited from the customer when the contract was created (revenue attribution)
 * @param approved the terms last approved, or null before the first approval
 * @param terminationReason why it was terminated, once TERMINATED
 */
public record Contract(
        UUID id,
        String tenant,
        String number,
        UUID customerId,
        UUID opportunityId,
        ContractDetails details,
        ContractStatus status,
        String ownerId,
        UUID sourceCampaignId,
        ApprovedTerms approved,
        String terminationReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** A new draft for the customer. */
    public static Contract create(
            KnownCustomer customer,
            UUID opportunityId,
            String number,
            ContractDetails details,
            String ownerId,
            String by,
            Instant now) {
        return new Contract(
                UUID.randomUUID(),
                customer.tenant(),
                number,
                customer.id(),
                opportunityId,
                details,
                ContractStatus.DRAFT,
                ownerId,
                customer.sourceCampaignId(),
                null,
                null,
                by,
                now,
                now,
                0);
    }

    /**
     * The edit of a draft (anything) or of an active contract (not its currency or owner): an active contract whose
     * amount changes goes back to PENDING_APPROVAL; one whose lines change at the same amount stays in force with
     * them. 409 {@code CONTRACT_PENDING_APPROVAL} while it waits for an approval, {@code CONTRACT_CLOSED} once final.
     */
    public Contract edited(ContractDetails newDetails, String newOwnerId, Instant now) {
        requireOpen();
        if (status == ContractStatus.PENDING_APPROVAL) {
            throw refused("CONTRACT_PENDING_APPROVAL", "it waits for approval; an admin approves or rejects it first");
        }
        if (status == ContractStatus.DRAFT) {
            return with(newDetails, status, newOwnerId, approved, now);
        }
        requireKept("currency", details.currency(), newDetails.currency());
        requireKept("ownerId", ownerId, newOwnerId);
        if (newDetails.amount().compareTo(details.amount()) != 0) {
            return with(newDetails, ContractStatus.PENDING_APPROVAL, ownerId, approved, now);
        }
        var inForce =
                new ApprovedTerms(approved.amount(), newDetails.lines(), approved.approvedBy(), approved.approvedAt());
        return with(newDetails, status, ownerId, inForce, now);
    }

    /** DRAFT → PENDING_APPROVAL. */
    public Contract submitted(Instant now) {
        require(ContractStatus.DRAFT, "CONTRACT_NOT_DRAFT");
        return with(details, ContractStatus.PENDING_APPROVAL, ownerId, approved, now);
    }

    /** PENDING_APPROVAL → ACTIVE: its amount and lines become the approved terms. */
    public Contract approvedBy(String approver, Instant now) {
        require(ContractStatus.PENDING_APPROVAL, "CONTRACT_NOT_PENDING");
        var terms = new ApprovedTerms(details.amount(), details.lines(), approver, now);
        return with(details, ContractStatus.ACTIVE, ownerId, terms, now);
    }

    /**
     * PENDING_APPROVAL → DRAFT when it was never approved; else back to ACTIVE at the approved amount and lines (the
     * amendment is dropped, its other edits stay).
     */
    public Contract rejected(Instant now) {
        require(ContractStatus.PENDING_APPROVAL, "CONTRACT_NOT_PENDING");
        if (approved == null) {
            return with(details, ContractStatus.DRAFT, ownerId, null, now);
        }
        return with(
                details.withTerms(approved.amount(), approved.lines()), ContractStatus.ACTIVE, ownerId, approved, now);
    }

    /** ACTIVE → COMPLETED. */
    public Contract completed(Instant now) {
        require(ContractStatus.ACTIVE, "CONTRACT_NOT_ACTIVE");
        return with(details, ContractStatus.COMPLETED, ownerId, approved, now);
    }

    /** Any status but a final one → TERMINATED (who may do it is the service's rule). */
    public Contract terminated(String reason, Instant now) {
        requireOpen();
        return new Contract(
                id,
                tenant,
                number,
                customerId,
                opportunityId,
                details,
                ContractStatus.TERMINATED,
                ownerId,
                sourceCampaignId,
                approved,
                reason,
                createdBy,
                createdAt,
                now,
                version + 1);
    }

    /** 409 {@code CONTRACT_CLOSED} once COMPLETED or TERMINATED. */
    public void requireOpen() {
        if (status.closed()) {
            throw refused("CONTRACT_CLOSED", "it is final");
        }
    }

    /** 409 {@code CONTRACT_CLOSED} once final, else {@code reason} unless the contract is {@code expected}. */
    void require(ContractStatus expected, String reason) {
        requireOpen();
        if (status != expected) {
            throw refused(reason, "it must be " + expected + " for this");
        }
    }

    /** The state after a change, for its event; {@code comment}: the rejection comment or termination reason. */
    public ContractChanged changed(
            ContractStatus previousStatus, String comment, String by, CustomerDeal customerDeal) {
        return new ContractChanged(
                id,
                number,
                details.title(),
                customerId,
                opportunityId,
                details.amount(),
                details.currency(),
                approved == null ? null : approved.amount(),
                status.name(),
                previousStatus == null ? null : previousStatus.name(),
                ownerId,
                sourceCampaignId,
                details.signedAt(),
                details.startDate(),
                details.endDate(),
                comment,
                by,
                updatedAt,
                version,
                customerDeal);
    }

    private Contract with(
            ContractDetails newDetails, ContractStatus newStatus, String newOwnerId, ApprovedTerms terms, Instant now) {
        return new Contract(
                id,
                tenant,
                number,
                customerId,
                opportunityId,
                newDetails,
                newStatus,
                newOwnerId,
                sourceCampaignId,
                terms,
                terminationReason,
                createdBy,
                createdAt,
                now,
                version + 1);
    }

    private void requireKept(String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            throw new CrmException(
                    ErrorCode.CONFLICT,
                    "CONTRACT_ACTIVE",
                    "Contract " + number + " is ACTIVE: its " + field + " cannot change any more",
                    field,
                    Map.of("status", status.name()));
        }
    }

    private ConflictException refused(String reason, String why) {
        return new ConflictException(
                reason, "Contract " + number + " is " + status + "; " + why, Map.of("status", status.name()));
    }
}
