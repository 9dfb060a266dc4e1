package com.crmplatform.customerservice.contact.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.customerservice.customer.domain.CustomerService;
import com.crmplatform.customerservice.customer.domain.CustomerVisibility;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's contacts. Whoever may see the customer may read them; its owner or an admin changes them. A
 * customer with contacts has exactly one primary contact: the first contact is primary, making another primary
 * demotes the old one, and the primary can only go away when another is named.
 */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final CustomerService customers;
    private final Outbox outbox;
    private final Clock clock;

    ContactService(ContactRepository contacts, CustomerService customers, Outbox outbox, Clock clock) {
        this.contacts = contacts;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Contact> list(UUID customerId, CurrentUser user) {
        customers.get(customerId, user);
        return contacts.ofCustomer(user.tenant(), customerId);
    }

    @Transactional(readOnly = true)
    public Contact get(UUID customerId, UUID contactId, CurrentUser user) {
        customers.get(customerId, user);
        return find(user.tenant(), customerId, contactId);
    }

    @Transactional(readOnly = true)
    public PageResponse<Contact> search(String keyword, PageQuery page, CurrentUser user) {
        return contacts.search(user.tenant(), CustomerVisibility.of(user), keyword, page);
    }

    @Transactional
    public Contact create(UUID customerId, ContactDetails details, boolean primary, CurrentUser user) {
        customers.editable(customerId, user);
        Instant now = clock.instant();
        boolean makePrimary =
                primary || contacts.ofCustomer(user.tenant(), customerId).isEmpty();
        if (makePrimary) {
            demoteCurrentPrimary(user, customerId, now);
        }
        Contact contact = Contact.create(customerId, user.tenant(), details, makePrimary, now);
        contacts.insert(contact);
        outbox.publish(CustomerEvents.CONTACT_CREATED, customerId, user.tenant(), contact.changed(user.id(), now));
        return contact;
    }

    /** {@code primary}: true makes it the primary contact; false on the primary is refused; null keeps it. */
    @Transactional
    public Contact update(
            UUID customerId, UUID contactId, ContactDetails details, Boolean primary, int version, CurrentUser user) {
        customers.editable(customerId, user);
        Contact current = find(user.tenant(), customerId, contactId);
        if (current.version() != version) {
            throw new StaleVersionException(
                    "Contact " + contactId + " was changed by someone else; reload it", current.version());
        }
        if (Boolean.FALSE.equals(primary) && current.primary()) {
            throw primaryRequired(contactId);
        }
        Instant now = clock.instant();
        boolean makePrimary = Boolean.TRUE.equals(primary) && !current.primary();
        if (makePrimary) {
            demoteCurrentPrimary(user, customerId, now);
        }
        Contact changed = current.edited(details, current.primary() || makePrimary, now);
        contacts.update(changed);
        outbox.publish(CustomerEvents.CONTACT_UPDATED, customerId, user.tenant(), changed.changed(user.id(), now));
        return changed;
    }

    /** Deletes a contact; the primary only when {@code newPrimaryId} names another contact of the customer. */
    @Transactional
    public void delete(UUID customerId, UUID contactId, UUID newPrimaryId, CurrentUser user) {
        customers.editable(customerId, user);
        Contact contact = find(user.tenant(), customerId, contactId);
        Instant now = clock.instant();
        if (contact.primary()) {
            if (newPrimaryId == null || newPrimaryId.equals(contactId)) {
                throw primaryRequired(contactId);
            }
            Contact successor = find(user.tenant(), customerId, newPrimaryId);
            contacts.delete(user.tenant(), contactId);
            Contact promoted = successor.edited(successor.details(), true, now);
            contacts.update(promoted);
            outbox.publish(CustomerEvents.CONTACT_UPDATED, customerId, user.tenant(), promoted.changed(user.id(), now));
        } else {
            contacts.delete(user.tenant(), contactId);
        }
        outbox.publish(CustomerEvents.CONTACT_DELETED, customerId, user.tenant(), contact.changed(user.id(), now));
    }

    private void demoteCurrentPrimary(CurrentUser user, UUID customerId, Instant now) {
        for (Contact old : contacts.ofCustomer(user.tenant(), customerId)) {
            if (old.primary()) {
                contacts.demotePrimary(user.tenant(), customerId);
                Contact demoted = old.edited(old.details(), false, now);
                outbox.publish(
                        CustomerEvents.CONTACT_UPDATED, customerId, user.tenant(), demoted.changed(user.id(), now));
            }
        }
    }

    private Contact find(String tenant, UUID customerId, UUID contactId) {
        return contacts.find(tenant, customerId, contactId)
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    private static ConflictException primaryRequired(UUID contactId) {
        return new ConflictException(
                "PRIMARY_CONTACT_REQUIRED",
                "Contact " + contactId + " is the customer's primary contact; name another primary contact first",
                Map.of("contactId", contactId.toString()));
    }
}
