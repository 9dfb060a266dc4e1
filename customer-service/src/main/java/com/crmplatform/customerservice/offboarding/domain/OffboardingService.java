package com.crmplatform.customerservice.offboarding.domain;

import com.crmplatform.contracts.customer.OwnerChange;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.customerservice.pool.domain.PoolService;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a salesperson leaves: all the customers they own move, in one transaction, to a colleague (an active
 * salesperson) or to the pool; each move is a history row and an owner-changed event ({@code OFFBOARDED}). Their
 * leads are moved by lead-service.
 */
@Service
public class OffboardingService {

    private final CustomerRepository customers;
    private final PoolService pool;

    OffboardingService(CustomerRepository customers, PoolService pool) {
        this.customers = customers;
        this.pool = pool;
    }

    /** Admin only (the controller checks the role). {@code toOwnerId} null means the pool. */
    @Transactional
    public List<UUID> offboard(String userId, String toOwnerId, String reason, CurrentUser admin) {
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
        return owned.stream().map(Customer::id).toList();
    }
}
