package com.crmplatform.customerservice.customer.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.customer.CustomerDeleted;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.customer.CustomerRestored;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, editing and (admin) soft-deleting customers, within the caller's tenant and data scope. */
@Service
public class CustomerService {

    /** How many follow-ups the detail view shows. */
    static final int RECENT_FOLLOW_UPS = 5;

    private final CustomerRepository customers;
    private final CustomerContacts contacts;
    private final CustomerFollowUps followUps;
    private final RecyclingTerms recyclingTerms;
    private final Outbox outbox;
    private final Clock clock;

    CustomerService(
            CustomerRepository customers,
            CustomerContacts contacts,
            CustomerFollowUps followUps,
            RecyclingTerms recyclingTerms,
            Outbox outbox,
            Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.followUps = followUps;
        this.recyclingTerms = recyclingTerms;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Creates a customer; a salesperson becomes its owner, anyone else's customer goes to the pool. */
    @Transactional
    public Customer create(CustomerDetails details, UUID sourceCampaignId, boolean allowDuplicate, CurrentUser user) {
        if (!allowDuplicate) {
            refuseDuplicate(user.tenant(), details, null);
        }
        boolean salesperson = user.hasRole(Roles.SALES) && !user.isAdmin();
        Customer customer = Customer.create(
                details, null, sourceCampaignId, user.tenant(), salesperson ? user.id() : null, user.id(), now());
        customers.insert(customer);
        outbox.publish(CustomerEvents.CREATED, customer.id(), customer.tenant(), customer.created());
        return customer;
    }

    /** The customer, if it exists in the caller's tenant and the caller may see it; otherwise 404. */
    @Transactional(readOnly = true)
    public Customer get(UUID id, CurrentUser user) {
        return customers
                .find(user.tenant(), id)
                .filter(CustomerVisibility.of(user)::allows)
                .orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /**
     * The customer with its contacts (primary first), its latest follow-ups, and when the tenant's recycling rules
     * take it back to the pool (null when they never will: not owned, exempt, or recycling off).
     */
    @Transactional(readOnly = true)
    public CustomerView view(UUID id, CurrentUser user) {
        Customer customer = get(id, user);
        Instant recycleDueAt = recyclingTerms
                .of(user.tenant())
                .flatMap(terms -> customers.recycleDueAt(user.tenant(), id, terms))
                .orElse(null);
        return new CustomerView(
                customer,
                contacts.of(user.tenant(), id),
                followUps.latest(user.tenant(), id, RECENT_FOLLOW_UPS),
                recycleDueAt);
    }

    /**
     * The customer, locked for the rest of the caller's transaction, when the caller may change it (its owner or an
     * admin); 404 when the caller cannot see it, 403 {@code NOT_CUSTOMER_OWNER} when they see it but may not edit.
     */
    @Transactional
    public Customer editable(UUID id, CurrentUser user) {
        Customer customer = customers
                .findForUpdate(user.tenant(), id)
                .filter(CustomerVisibility.of(user)::allows)
                .filter(c -> !c.deleted())
                .orElseThrow(() -> new NotFoundException("Customer", id));
        if (!CustomerVisibility.canEdit(user, customer)) {
            throw new CrmException(
                    ErrorCode.ACCESS_DENIED,
                    "NOT_CUSTOMER_OWNER",
                    "Only the customer's owner or an admin may change customer " + id,
                    null,
                    Map.of());
        }
        return customer;
    }

    @Transactional(readOnly = true)
    public PageResponse<Customer> list(CustomerFilter filter, PageQuery page, CurrentUser user) {
        CustomerFilter resolved = filter.recycleDueWithinDays() == null
                ? filter
                : filter.withRecyclingTerms(recyclingTerms.of(user.tenant()).orElse(null));
        return customers.search(user.tenant(), CustomerVisibility.of(user), user.id(), resolved, page, now());
    }

    @Transactional
    public Customer update(UUID id, CustomerDetails details, int version, boolean allowDuplicate, CurrentUser user) {
        Customer current = editable(id, user);
        requireVersion(current, version);
        if (!allowDuplicate) {
            refuseDuplicate(user.tenant(), details, id);
        }
        Customer changed = current.withDetails(details, now());
        if (!customers.update(changed, version)) {
            throw stale(
                    id, customers.find(user.tenant(), id).map(Customer::version).orElse(version));
        }
        outbox.publish(CustomerEvents.UPDATED, id, user.tenant(), changed.updated(user.id()));
        return changed;
    }

    /** Soft-deletes a customer (admin only; the controller checks the role). */
    @Transactional
    public void delete(UUID id, CurrentUser user) {
        Customer current = adminFind(id, user);
        if (current.deleted()) {
            return;
        }
        Instant now = now();
        if (!customers.setDeleted(user.tenant(), id, now, user.id(), current.version(), now)) {
            throw stale(id, current.version());
        }
        outbox.publish(CustomerEvents.DELETED, id, user.tenant(), new CustomerDeleted(id, user.id(), now));
    }

    /** Restores a soft-deleted customer (admin only). */
    @Transactional
    public Customer restore(UUID id, CurrentUser user) {
        Customer current = adminFind(id, user);
        if (!current.deleted()) {
            return current;
        }
        Instant now = now();
        if (!customers.setDeleted(user.tenant(), id, null, user.id(), current.version(), now)) {
            throw stale(id, current.version());
        }
        outbox.publish(CustomerEvents.RESTORED, id, user.tenant(), new CustomerRestored(id, user.id(), now));
        return customers.find(user.tenant(), id).orElseThrow();
    }

    private Customer adminFind(UUID id, CurrentUser user) {
        return customers.findForUpdate(user.tenant(), id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    private void refuseDuplicate(String tenant, CustomerDetails details, UUID exceptId) {
        customers
                .findDuplicate(tenant, details.normalizedName(), details.phoneDigits(), exceptId)
                .ifPresent(existing -> {
                    throw new ConflictException(
                            "CUSTOMER_DUPLICATE",
                            "A customer with this name or phone already exists: " + existing
                                    + " (repeat with allowDuplicate=true to create it anyway)",
                            Map.of("existingId", existing.toString()));
                });
    }

    /** 409 {@code STALE_VERSION} with {@code currentVersion} unless the client edited the current version. */
    public static void requireVersion(Customer current, int version) {
        if (current.version() != version) {
            throw stale(current.id(), current.version());
        }
    }

    static StaleVersionException stale(UUID id, int currentVersion) {
        return new StaleVersionException(
                "Customer " + id + " was changed by someone else; reload it (version " + currentVersion + ")",
                currentVersion);
    }

    private Instant now() {
        return clock.instant();
    }

    /** A customer with its contacts and latest follow-ups. */
    public record CustomerView(
            Customer customer,
            List<CustomerContacts.CustomerContact> contacts,
            List<CustomerFollowUps.RecentFollowUp> recentFollowUps,
            Instant recycleDueAt) {}
}
