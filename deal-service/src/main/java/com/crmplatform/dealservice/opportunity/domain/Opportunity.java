package com.crmplatform.dealservice.opportunity.domain;

import com.crmplatform.contracts.deal.CustomerDeal;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.dealservice.customer.domain.KnownCustomer;
import com.crmplatform.dealservice.pipeline.domain.Stage;
import java.time.Instant;
import java.util.UUID;

/**
 * An opportunity (商机): a possible sale to one customer, moving through the tenant's pipeline stages until it is
 * won or lost. Owned by one salesperson. Each change returns a new value with the version bumped.
 *
 * @param probability the win probability in percent: the stage's when it entered it, or what the owner set since
 * @param sourceCampaignId inherited from the customer when the opportunity was created (revenue attribution)
 */
public record Opportunity(
        UUID id,
        String tenant,
        UUID customerId,
        OpportunityDetails details,
        String stage,
        int probability,
        OpportunityStatus status,
        String lossReason,
        String ownerId,
        UUID sourceCampaignId,
        Instant closedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** A new open opportunity in {@code stage}, at the stage's probability unless {@code probability} is given. */
    public static Opportunity create(
            KnownCustomer customer,
            OpportunityDetails details,
            Stage stage,
            Integer probability,
            String ownerId,
            String by,
            Instant now) {
        return new Opportunity(
                UUID.randomUUID(),
                customer.tenant(),
                customer.id(),
                details,
                stage.code(),
                probability == null ? stage.probability() : probability,
                OpportunityStatus.OPEN,
                null,
                ownerId,
                customer.sourceCampaignId(),
                null,
                by,
                now,
                now,
                0);
    }

    public boolean open() {
        return status == OpportunityStatus.OPEN;
    }

    public Opportunity withDetails(OpportunityDetails newDetails, int newProbability, String newOwnerId, Instant now) {
        return new Opportunity(
                id,
                tenant,
                customerId,
                newDetails,
                stage,
                newProbability,
                status,
                lossReason,
                newOwnerId,
                sourceCampaignId,
                closedAt,
                createdBy,
                createdAt,
                now,
                version + 1);
    }

    /** Into an open stage, or to WON or LOST (then closed; {@code lossReason} only for LOST). */
    public Opportunity movedTo(Stage target, String newLossReason, Instant now) {
        OpportunityStatus newStatus = statusIn(target);
        return new Opportunity(
                id,
                tenant,
                customerId,
                details,
                target.code(),
                target.probability(),
                newStatus,
                newStatus == OpportunityStatus.LOST ? newLossReason : null,
                ownerId,
                sourceCampaignId,
                newStatus == OpportunityStatus.OPEN ? null : now,
                createdBy,
                createdAt,
                now,
                version + 1);
    }

    static OpportunityStatus statusIn(Stage stage) {
        return switch (stage.code()) {
            case Stage.WON -> OpportunityStatus.WON;
            case Stage.LOST -> OpportunityStatus.LOST;
            default -> OpportunityStatus.OPEN;
        };
    }

    /** The state after a change, for its event; {@code previousStage} for stage changes, else null. */
    public OpportunityChanged changed(String previousStage, String by, CustomerDeal customerDeal) {
        return new OpportunityChanged(
                id,
                customerId,
                details.name(),
                details.amount(),
                details.currency(),
                stage,
                previousStage,
                probability,
                status.name(),
                lossReason,
                ownerId,
                sourceCampaignId,
                details.expectedCloseDate(),
                by,
                updatedAt,
                version,
                customerDeal);
    }
}
