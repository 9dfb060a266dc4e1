package com.crmplatform.customerservice.offboarding.domain;

import com.crmplatform.contracts.customer.OwnerChange;
import com.crmplatform.contracts.user.UserEvents;
import com.crmplatform.contracts.user.UserOffboarded;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.customerservice.pool.domain.PoolService;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a salesperson leaves: all the customers they own move, in one transaction, to a colleague (an active
 * salesperson) or to the pool; each move is a history row and an owner-changed event ({@code OFFBOARDED}). The same
 * transaction publishes {@code user.offboarded}, on which lead-service moves their leads the same way.
 */
@Service
public class OffboardingService {

    /** The longest user id an owner column holds. */
    static final int MAX_USER_ID = 64;

    private final CustomerRepository customers;
    private final PoolService pool;
    private final Outbox outbox;
    private final Clock clock;

    OffboardingService(CustomerRepository customers, PoolService pool, Outbox outbox, Clock clock) {
        this.customers = customers;
        this.pool = pool;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Admin only (the controller checks the role). {@code toOwnerId} null means the pool. A user who owns no customer
     * (never did, or was offboarded before, or is unknown here) moves nothing, but the event is still published: they
     * may own leads, and repeating an offboarding is harmless.
     */
    @Transactional
    public List<UUID> offboard(String userId, String toOwnerId, String reason, CurrentUser admin) {
        if (userId.length() > MAX_USER_ID) {
            // No such user id exists (Keycloak ids are UUIDs); refuse before the event carries it.
            throw new InvalidRequestException(
                    "userId", "Size", "userId must be at most " + MAX_USER_ID + " characters");
        }
        if (toOwnerId != null) {
            if (toOwnerId.equals(userId)) {
                throw new InvalidRequestException(
                        "toOwnerId", "NotTheLeaver", "toOwnerId must be someone other than the leaving user");
            }
            pool.requireActiveSalesperson(toOwnerId, admin.tenant(), "toOwnerId");
        }
        List<Customer> owned = customers.lockOwnedBy(admin.tenant(), userId);
        for (Customer customer : owned) {
            pool.move(customer, toOwnerId, OwnerChange.OFFBOARDED, reason, admin);
        }
        outbox.publish(
                UserEvents.OFFBOARDED,
                userId,
                admin.tenant(),
                new UserOffboarded(userId, toOwnerId, reason, admin.id(), clock.instant()));
        return owned.stream().map(Customer::id).toList();
    }
}
