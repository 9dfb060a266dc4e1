package com.crmplatform.leadservice.conversion.domain;

import com.crmplatform.contracts.customer.CustomerFromLeadRequest;
import com.crmplatform.contracts.customer.CustomerFromLeadResponse;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.lead.LeadConverted;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadAction;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import com.crmplatform.leadservice.pool.domain.LeadHistoryRepository;
import com.crmplatform.leadservice.pool.domain.OwnershipAction;
import com.crmplatform.leadservice.pool.domain.OwnershipChange;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Converts a lead into a customer (线索 → 客户). customer-service is called first, outside any transaction
 * (it is idempotent on the lead id, so a retry after a lost answer yields the same customer); then one local
 * transaction marks the lead CONVERTED with the customer's id, records the history and publishes
 * {@code lead.converted.v1} through the outbox. When customer-service fails, nothing here changes.
 */
@Service
public class ConversionService {

    private final LeadService leads;
    private final ConversionRepository conversions;
    private final LeadHistoryRepository history;
    private final Customers customers;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConversionService(
            LeadService leads,
            ConversionRepository conversions,
            LeadHistoryRepository history,
            Customers customers,
            Outbox outbox,
            TransactionTemplate transaction,
            Clock clock) {
        this.leads = leads;
        this.conversions = conversions;
        this.history = history;
        this.customers = customers;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The owner (or an admin, for the owner) converts an open lead. A pool lead is 409 {@code LEAD_IN_POOL}; an
     * invalid one 409 {@code ILLEGAL_TRANSITION}; a converted one 409 {@code LEAD_ALREADY_CONVERTED} with
     * {@code customerId}.
     */
    public Conversion convert(UUID leadId, ConversionRequest request, CurrentUser user) {
        Lead lead = leads.ownedOrAdmin(leadId, user);
        refuseUnconvertible(lead);
        CustomerFromLeadResponse customer = customers.createFromLead(customerFor(lead, request));
        return transaction.execute(status -> markConverted(lead, customer, request, user));
    }

    private Conversion markConverted(
            Lead lead, CustomerFromLeadResponse customer, ConversionRequest request, CurrentUser user) {
        Instant now = clock.instant();
        if (!conversions.markConverted(lead.tenant(), lead.id(), customer.customerId(), lead.version(), now)) {
            // Someone changed the lead since it was read: say why; a retry is safe (customer-service is idempotent).
            Lead current = leads.get(lead.id(), user);
            refuseUnconvertible(current);
            throw new StaleVersionException(
                    "The lead was changed while it was being converted; try again", current.version());
        }
        history.insert(OwnershipChange.of(
                lead.tenant(),
                lead.id(),
                OwnershipAction.CONVERTED,
                lead.ownerId(),
                lead.ownerId(),
                "customer " + customer.customerId(),
                user.id(),
                now));
        outbox.publish(
                LeadEvents.CONVERTED,
                lead.id(),
                lead.tenant(),
                new LeadConverted(
                        lead.id(),
                        customer.customerId(),
                        customer.contactId(),
                        lead.campaignId(),
                        lead.source(),
                        lead.ownerId(),
                        request.opportunityName(),
                        request.opportunityAmount(),
                        user.id(),
                        now));
        return new Conversion(lead.id(), customer.customerId(), customer.contactId(), LeadStatus.CONVERTED);
    }

    private void refuseUnconvertible(Lead lead) {
        if (lead.status() == LeadStatus.CONVERTED) {
            UUID customerId = lead.customerId();
            throw new ConflictException(
                    "LEAD_ALREADY_CONVERTED",
                    "Lead " + lead.id() + " was already converted into customer " + customerId,
                    customerId == null ? Map.of() : Map.of("customerId", customerId.toString()));
        }
        lead.status().require(LeadAction.CONVERT);
        if (lead.inPool()) {
            throw new ConflictException(
                    "LEAD_IN_POOL", "Lead " + lead.id() + " is in the pool; assign or claim it before converting");
        }
    }

    static CustomerFromLeadRequest customerFor(Lead lead, ConversionRequest request) {
        var contact = lead.contact();
        boolean hasCompany = contact.company() != null && !contact.company().isBlank();
        CustomerKind kind = request.kind() != null
                ? request.kind()
                : hasCompany ? CustomerKind.ORGANIZATION : CustomerKind.INDIVIDUAL;
        String name = request.customerName() != null && !request.customerName().isBlank()
                ? request.customerName().strip()
                : kind == CustomerKind.ORGANIZATION && hasCompany ? contact.company() : contact.name();
        return new CustomerFromLeadRequest(
                lead.id(),
                name,
                kind,
                lead.profile().industry(),
                contact.phone(),
                contact.email(),
                lead.source(),
                lead.campaignId(),
                lead.ownerId(),
                new CustomerFromLeadRequest.FirstContact(
                        contact.name(), contact.title(), contact.phone(), contact.email()));
    }
}
