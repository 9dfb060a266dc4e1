package com.crmplatform.leadservice.pool.domain;

import com.crmplatform.platform.directory.DirectoryUser;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** An admin reads and sets the tenant's round-robin automatic assignment (the controller checks the role). */
@Service
public class AutoAssignmentService {

    private final AutoAssignmentRepository settings;
    private final RoundRobinAssigner assigner;
    private final UserDirectory directory;
    private final Clock clock;

    AutoAssignmentService(
            AutoAssignmentRepository settings, RoundRobinAssigner assigner, UserDirectory directory, Clock clock) {
        this.settings = settings;
        this.assigner = assigner;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AutoAssignment get(CurrentUser admin) {
        return settings.find(admin.tenant()).orElseGet(AutoAssignment::off);
    }

    /**
     * Sets who takes turns and whether leads are assigned automatically. Each salesperson must be an active
     * salesperson of the tenant and listed once (else 400 with {@code field: salespeople[i]}); enabling needs at
     * least one (else 400 with {@code field: salespeople}).
     */
    @Transactional
    public AutoAssignment set(boolean enabled, List<String> salespeople, CurrentUser admin) {
        requireActiveSalespeople(salespeople, admin.tenant());
        if (enabled && salespeople.isEmpty()) {
            throw new InvalidRequestException(
                    "salespeople", "NotEmpty", "at least one salesperson must take turns to enable auto-assignment");
        }
        settings.save(admin.tenant(), enabled, salespeople, admin.id(), clock.instant());
        forgetAfterCommit(admin.tenant());
        return settings.find(admin.tenant()).orElseThrow();
    }

    private void requireActiveSalespeople(List<String> salespeople, String tenant) {
        if (salespeople.isEmpty()) {
            return;
        }
        Set<String> active =
                directory.salespeople(tenant).stream().map(DirectoryUser::id).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < salespeople.size(); i++) {
            String id = salespeople.get(i);
            if (!active.contains(id)) {
                throw new InvalidRequestException(
                        "salespeople[" + i + "]",
                        "ActiveSalesperson",
                        "salespeople[" + i + "] must be an active salesperson of your tenant");
            }
            if (!seen.add(id)) {
                throw new InvalidRequestException(
                        "salespeople[" + i + "]", "Duplicate", "salespeople[" + i + "] is listed twice");
            }
        }
    }

    private void forgetAfterCommit(String tenant) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                assigner.forget(tenant);
            }
        });
    }
}
