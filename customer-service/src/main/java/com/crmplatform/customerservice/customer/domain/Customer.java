package com.crmplatform.customerservice.customer.domain;

import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.customer.CustomerUpdated;
import com.crmplatform.contracts.deal.DealStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer (客户): a company asset of one tenant. Owned by a salesperson, or by nobody while it is in the
 * customer pool (公海). Soft-deleted customers keep their row ({@code deletedAt}) and can be restored. Its
 * {@code dealStatus} is deal-service's, kept from deal events by the {@code dealstatus} feature: no user edits it.
 */
public record Customer(
        UUID id,
        String tenant,
        CustomerDetails details,
        UUID sourceLeadId,
        UUID sourceCampaignId,
        String ownerId,
        DealStatus dealStatus,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant lastFollowUpAt,
        Instant nextFollowUpAt,
        Instant deletedAt,
        int version) {

    /** A new customer, owned by {@code ownerId} (null: the pool). */
    public static Customer create(
            CustomerDetails details,
            UUID sourceLeadId,
            UUID sourceCampaignId,
            String tenant,
            String ownerId,
            String createdBy,
            Instant now) {
        return new Customer(
                UUID.randomUUID(),
                tenant,
                details,
                sourceLeadId,
                sourceCampaignId,
                ownerId,
                DealStatus.NONE,
                createdBy,
                now,
                now,
                null,
                null,
                null,
                0);
    }

    public boolean inPool() {
        return ownerId == null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public Customer withDetails(CustomerDetails newDetails, Instant now) {
        return new Customer(
                id,
                tenant,
                newDetails,
                sourceLeadId,
                sourceCampaignId,
                ownerId,
                dealStatus,
                createdBy,
                createdAt,
                now,
                lastFollowUpAt,
                nextFollowUpAt,
                deletedAt,
                version + 1);
    }

    public CustomerCreated created() {
        return new CustomerCreated(
                id,
                details.name(),
                details.kind(),
                details.source(),
                sourceLeadId,
                sourceCampaignId,
                ownerId,
                createdBy,
                createdAt);
    }

    public CustomerUpdated updated(String by) {
        return new CustomerUpdated(
                id,
                details.name(),
                details.industry(),
                details.level() == null ? null : details.level().name(),
                by,
                updatedAt,
                version);
    }
}
