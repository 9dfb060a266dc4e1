package com.crmplatform.customerservice.pool.domain;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.customer.CustomerOwnerChanged;
import com.crmplatform.contracts.customer.OwnerChange;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.customerservice.customer.domain.CustomerService;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns a customer: admins assign and transfer (to active salespeople only), salespeople claim from the pool up
 * to {@code crm.customer.pool.claim-limit} owned customers, owners release. Each change is one conditional UPDATE
 * (so of two concurrent claims exactly one wins), a {@code customer_history} row and an owner-changed event.
 */
@Service
public class PoolService {

    private final CustomerRepository customers;
    private final CustomerService customerService;
    private final HistoryRepository history;
    private final UserDirectory directory;
    private final Outbox outbox;
    private final Clock clock;
    private final int claimLimit;

    PoolService(
            CustomerRepository customers,
            CustomerService customerService,
            HistoryRepository history,
            UserDirectory directory,
            Outbox outbox,
            Clock clock,
            @Value("${crm.customer.pool.claim-limit:50}") int claimLimit) {
        this.customers = customers;
        this.customerService = customerService;
        this.history = history;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
        this.claimLimit = claimLimit;
    }

    /** Admin: gives customers to an active salesperson, from the pool (assigned) or from another owner (transferred). */
    @Transactional
    public List<Customer> assign(List<UUID> ids, String ownerId, String reason, CurrentUser admin) {
        requireActiveSalesperson(ownerId, admin.tenant(), "ownerId");
        List<Customer> moved = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            Customer customer = live(id, admin);
            if (ownerId.equals(customer.ownerId())) {
                continue;
            }
            OwnerChange change = customer.inPool() ? OwnerChange.ASSIGNED : OwnerChange.TRANSFERRED;
            moved.add(move(customer, ownerId, change, reason, admin));
        }
        return moved;
    }

    /** Admin: one customer to an active salesperson; 409 {@code ALREADY_OWNER} when they own it already. */
    @Transactional
    public Customer assignOne(UUID id, String ownerId, String reason, CurrentUser admin) {
        Customer customer = live(id, admin);
        if (ownerId.equals(customer.ownerId())) {
            throw new ConflictException("ALREADY_OWNER", "Customer " + id + " is already owned by " + ownerId);
        }
        return assign(List.of(id), ownerId, reason, admin).getFirst();
    }

    /**
     * Salesperson: takes a pool customer, unless they already own {@code claim-limit} customers. A live customer of
     * the tenant that is not in the pool (theirs, a colleague's, or claimed a moment ago) answers 409
     * {@code CUSTOMER_NOT_IN_POOL}, so the loser of a race learns why; it reveals nothing about the customer.
     */
    @Transactional
    public Customer claim(UUID id, CurrentUser user) {
        Customer customer = customers
                .find(user.tenant(), id)
                .filter(c -> !c.deleted())
                .orElseThrow(() -> new NotFoundException("Customer", id));
        if (!customer.inPool()) {
            throw notInPool(id);
        }
        customers.lockOwner(user.tenant(), user.id());
        long owned = customers.countOwned(user.tenant(), user.id());
        if (owned >= claimLimit) {
            throw new ConflictException(
                    "CLAIM_LIMIT_REACHED",
                    "You already own " + owned + " customers; the limit is " + claimLimit,
                    Map.of("limit", claimLimit, "owned", owned));
        }
        Instant now = clock.instant();
        if (!customers.changeOwner(user.tenant(), id, null, user.id(), now)) {
            throw notInPool(id);
        }
        return recorded(customer, user.id(), OwnerChange.CLAIMED, null, user.id(), now);
    }

    /** The owner (or an admin) puts a customer back into the pool. */
    @Transactional
    public Customer release(UUID id, String reason, CurrentUser user) {
        Customer customer = live(id, user);
        if (customer.inPool()) {
            throw new ConflictException("CUSTOMER_IN_POOL", "Customer " + id + " is already in the pool");
        }
        if (!user.isAdmin() && !(user.hasRole(Roles.SALES) && user.id().equals(customer.ownerId()))) {
            throw new NotFoundException("Customer", id);
        }
        return move(customer, null, OwnerChange.RELEASED, reason, user);
    }

    /** The customer's ownership history, newest first, for whoever may see the customer. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id, CurrentUser user) {
        customerService.get(id, user);
        return history.of(user.tenant(), id);
    }

    /**
     * Moves one customer whose current owner is {@code customer.ownerId()}; 409 {@code CUSTOMER_OWNER_CHANGED} when
     * someone changed the owner in between.
     */
    @Transactional
    public Customer move(Customer customer, String newOwner, OwnerChange change, String reason, CurrentUser by) {
        return move(customer, newOwner, change, reason, by.id(), clock.instant());
    }

    /**
     * {@link #move} on behalf of the system (history and event name {@link HistoryEntry#SYSTEM}), for the recycling
     * job; the caller holds the customer's row lock.
     */
    @Transactional
    public Customer moveAsSystem(Customer customer, String newOwner, OwnerChange change, String reason, Instant now) {
        return move(customer, newOwner, change, reason, HistoryEntry.SYSTEM, now);
    }

    private Customer move(
            Customer customer, String newOwner, OwnerChange change, String reason, String byId, Instant now) {
        if (!customers.changeOwner(customer.tenant(), customer.id(), customer.ownerId(), newOwner, now)) {
            throw new ConflictException(
                    "CUSTOMER_OWNER_CHANGED",
                    "The owner of customer " + customer.id() + " changed meanwhile; reload it",
                    Map.of("customerId", customer.id().toString()));
        }
        return recorded(customer, newOwner, change, reason, byId, now);
    }

    /** 400 {@code VALIDATION_FAILED} on {@code field} unless the user is an enabled salesperson of the tenant. */
    public void requireActiveSalesperson(String userId, String tenant, String field) {
        if (!directory.isActiveSalesperson(userId, tenant)) {
            throw new InvalidRequestException(
                    field, "ActiveSalesperson", field + " must be an active salesperson of your tenant");
        }
    }

    private Customer recorded(
            Customer customer, String newOwner, OwnerChange change, String reason, String byId, Instant now) {
        history.insert(new HistoryEntry(
                UUID.randomUUID(),
                customer.tenant(),
                customer.id(),
                change,
                customer.ownerId(),
                newOwner,
                reason,
                byId,
                now));
        outbox.publish(
                CustomerEvents.OWNER_CHANGED,
                customer.id(),
                customer.tenant(),
                new CustomerOwnerChanged(customer.id(), customer.ownerId(), newOwner, change, reason, byId, now));
        return customers.find(customer.tenant(), customer.id()).orElseThrow();
    }

    private Customer live(UUID id, CurrentUser user) {
        Customer customer = customerService.get(id, user);
        if (customer.deleted()) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }

    private static ConflictException notInPool(UUID id) {
        return new ConflictException(
                "CUSTOMER_NOT_IN_POOL", "Customer " + id + " is not in the pool (someone may have claimed it)");
    }
}
