package com.crmplatform.dealservice.customer.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.customer.ContactChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.customer.CustomerOwnerChanged;
import com.crmplatform.contracts.customer.CustomerUpdated;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * deal-service's view of customers: kept from customer-service's events, asked when a deal is made for a customer.
 * It may lag customer-service by the outbox relay's delay plus the consumer's (well under a second when both run);
 * while customer-service or Kafka is down it keeps answering from what it knew (deal-service README).
 */
@Service
public class CustomerReadModel {

    private final KnownCustomerRepository customers;

    CustomerReadModel(KnownCustomerRepository customers) {
        this.customers = customers;
    }

    /**
     * The live customer a deal may be made for by this user: an admin any of the tenant's, a salesperson one they own
     * or one in the pool (what customer-service lets them see). Otherwise 404 {@code CUSTOMER_NOT_FOUND}, which
     * includes a customer created a moment ago whose event has not arrived yet (the detail says so).
     */
    public KnownCustomer dealable(String tenant, UUID customerId, CurrentUser user) {
        return customers
                .find(tenant, customerId)
                .filter(c -> !c.deleted())
                .filter(c -> user.isAdmin() || (user.hasRole(Roles.SALES) && user.canSeeOwnedBy(c.ownerId())))
                .orElseThrow(() -> new CrmException(
                        ErrorCode.NOT_FOUND,
                        "CUSTOMER_NOT_FOUND",
                        "Customer " + customerId + " was not found (a customer created in the last seconds may"
                                + " not be known here yet; retry shortly)",
                        "customerId",
                        Map.of()));
    }

    /** 400 on {@code field} unless every id is a live contact of the customer. */
    public void requireContacts(String tenant, UUID customerId, Collection<UUID> contactIds, String field) {
        if (contactIds.isEmpty()) {
            return;
        }
        Set<UUID> known = customers.contactsOf(tenant, customerId, contactIds);
        if (!known.containsAll(contactIds)) {
            throw new InvalidRequestException(field, "ContactOfCustomer", field + " must be contacts of the customer");
        }
    }

    public void created(String tenant, CustomerCreated e) {
        customers.save(
                new KnownCustomer(tenant, e.customerId(), e.name(), e.ownerId(), e.sourceCampaignId(), false),
                e.createdAt());
    }

    public void updated(String tenant, CustomerUpdated e) {
        customers.rename(tenant, e.customerId(), e.name(), e.updatedAt());
    }

    public void ownerChanged(String tenant, CustomerOwnerChanged e) {
        customers.changeOwner(tenant, e.customerId(), e.newOwnerId(), e.changedAt());
    }

    public void deleted(String tenant, UUID customerId, boolean deleted, Instant at) {
        customers.markDeleted(tenant, customerId, deleted, at);
    }

    public void contactChanged(String tenant, ContactChanged e, boolean deleted) {
        customers.saveContact(tenant, e.contactId(), e.customerId(), e.name(), deleted);
    }
}
