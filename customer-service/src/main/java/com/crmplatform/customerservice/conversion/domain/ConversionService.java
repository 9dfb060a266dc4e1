package com.crmplatform.customerservice.conversion.domain;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.customer.CustomerFromLeadRequest;
import com.crmplatform.contracts.customer.CustomerFromLeadResponse;
import com.crmplatform.customerservice.contact.domain.Contact;
import com.crmplatform.customerservice.contact.domain.ContactDetails;
import com.crmplatform.customerservice.contact.domain.ContactRepository;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerDetails;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead → customer conversion, called by lead-service with the converting salesperson's token. Idempotent on the
 * lead id within the tenant: a retry answers the customer and contact the first call created.
 */
@Service
public class ConversionService {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final UserDirectory directory;
    private final Outbox outbox;
    private final Clock clock;

    ConversionService(
            CustomerRepository customers,
            ContactRepository contacts,
            UserDirectory directory,
            Outbox outbox,
            Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CustomerFromLeadResponse convert(CustomerFromLeadRequest request, CurrentUser user) {
        validate(request, user);
        String tenant = user.tenant();
        var earlier = customers.findBySourceLead(tenant, request.leadId());
        if (earlier.isPresent()) {
            return alreadyConverted(earlier.get());
        }
        if (!directory.isActiveMember(request.ownerId(), tenant)) {
            throw new InvalidRequestException(
                    "ownerId", "ActiveMember", "ownerId must be an active user of your tenant");
        }
        Instant now = clock.instant();
        CustomerDetails details = new CustomerDetails(
                request.kind(),
                request.name().strip(),
                trimmed(request.industry()),
                null,
                request.source(),
                null,
                trimmed(request.phone()),
                null,
                null,
                List.of());
        Customer customer = Customer.create(
                details, request.leadId(), request.campaignId(), tenant, request.ownerId(), user.id(), now);
        if (!customers.insertIfLeadIsNew(customer)) {
            // A concurrent call for the same lead committed first.
            return alreadyConverted(
                    customers.findBySourceLead(tenant, request.leadId()).orElseThrow());
        }
        var first = request.contact();
        Contact contact = Contact.create(
                customer.id(),
                tenant,
                new ContactDetails(
                        first.name().strip(),
                        trimmed(first.title()),
                        null,
                        trimmed(first.phone()),
                        trimmed(first.email()),
                        null,
                        null,
                        null),
                true,
                now);
        contacts.insert(contact);
        outbox.publish(CustomerEvents.CREATED, customer.id(), tenant, customer.created());
        outbox.publish(CustomerEvents.CONTACT_CREATED, customer.id(), tenant, contact.changed(user.id(), now));
        return new CustomerFromLeadResponse(customer.id(), contact.id(), true);
    }

    private CustomerFromLeadResponse alreadyConverted(Customer customer) {
        List<Contact> all = contacts.ofCustomer(customer.tenant(), customer.id());
        UUID contactId = all.isEmpty() ? null : all.getFirst().id();
        return new CustomerFromLeadResponse(customer.id(), contactId, false);
    }

    private static void validate(CustomerFromLeadRequest r, CurrentUser user) {
        require(r.leadId() != null, "leadId", "NotNull", "leadId is required");
        require(!blank(r.name()) && r.name().strip().length() <= 200, "name", "Size", "name is required, ≤ 200");
        require(r.kind() != null, "kind", "NotNull", "kind is required");
        require(!blank(r.ownerId()) && r.ownerId().length() <= 64, "ownerId", "NotBlank", "ownerId is required");
        require(
                user.isAdmin() || r.ownerId().equals(user.id()),
                "ownerId",
                "Caller",
                "a salesperson converts a lead to themselves");
        require(length(r.industry()) <= 100, "industry", "Size", "industry ≤ 100");
        require(length(r.phone()) <= 32, "phone", "Size", "phone ≤ 32");
        require(r.contact() != null, "contact", "NotNull", "contact is required");
        require(
                !blank(r.contact().name()) && r.contact().name().strip().length() <= 100,
                "contact.name",
                "Size",
                "contact.name is required, ≤ 100");
        require(length(r.contact().title()) <= 100, "contact.title", "Size", "contact.title ≤ 100");
        require(length(r.contact().phone()) <= 32, "contact.phone", "Size", "contact.phone ≤ 32");
        require(length(r.contact().email()) <= 254, "contact.email", "Size", "contact.email ≤ 254");
    }

    private static void require(boolean ok, String field, String code, String message) {
        if (!ok) {
            throw new InvalidRequestException(field, code, message);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }
}
