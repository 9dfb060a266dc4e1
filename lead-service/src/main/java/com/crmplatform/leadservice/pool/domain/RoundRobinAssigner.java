package com.crmplatform.leadservice.pool.domain;

import com.crmplatform.contracts.lead.LeadAssigned;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadAction;
import com.crmplatform.leadservice.lead.domain.autoassign.AutoAssigner;
import com.crmplatform.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Round-robin automatic assignment of leads captured without an owner, for the tenants that turned it on: the
 * tenant's cursor moves atomically in the capturing transaction, the lead is inserted already given to that
 * salesperson (ASSIGNED), and gets a history row (ASSIGNED, reason {@value #REASON}, by {@code system}) and an {@code assigned} event, all in the same
 * transaction. Whether a tenant assigns automatically is remembered for {@code enabled-cache-ttl}, so captures in
 * the (many) tenants without it cost no extra query.
 */
@Component
class RoundRobinAssigner implements AutoAssigner {

    static final String REASON = "round-robin";

    private final AutoAssignmentRepository settings;
    private final LeadHistoryRepository history;
    private final Outbox outbox;
    private final Clock clock;
    private final long ttlNanos;
    private final Map<String, Remembered> enabledByTenant = new ConcurrentHashMap<>();

    RoundRobinAssigner(
            AutoAssignmentRepository settings,
            LeadHistoryRepository history,
            Outbox outbox,
            AutoAssignmentProperties properties,
            Clock clock) {
        this.settings = settings;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
        this.ttlNanos = properties.enabledCacheTtl().toNanos();
    }

    @Override
    public List<Lead> assignAllIfEnabled(String tenant, List<Lead> captured) {
        long ownerless = captured.stream().filter(Lead::inPool).count();
        if (ownerless == 0 || !enabled(tenant)) {
            return captured;
        }
        Iterator<String> turns = settings.takeTurns(tenant, (int) ownerless).iterator();
        if (!turns.hasNext()) {
            return captured;
        }
        Instant now = clock.instant();
        return captured.stream()
                .map(lead -> lead.inPool() ? lead.ownedBy(turns.next(), LeadAction.ASSIGN, now) : lead)
                .toList();
    }

    @Override
    public void recordAssignments(String tenant, List<Lead> captured, List<Lead> inserted) {
        List<OwnershipChange> changes = new ArrayList<>();
        List<LeadAssigned> events = new ArrayList<>();
        for (int i = 0; i < captured.size(); i++) {
            Lead lead = inserted.get(i);
            if (captured.get(i).inPool() && !lead.inPool()) {
                Instant at = lead.ownedSince();
                changes.add(OwnershipChange.of(
                        tenant,
                        lead.id(),
                        OwnershipAction.ASSIGNED,
                        null,
                        lead.ownerId(),
                        REASON,
                        OwnershipChange.SYSTEM,
                        at));
                events.add(new LeadAssigned(lead.id(), lead.ownerId(), REASON, OwnershipChange.SYSTEM, at));
            }
        }
        history.insertAll(changes);
        outbox.publishAll(LeadEvents.ASSIGNED, tenant, events, LeadAssigned::leadId);
    }

    /** Drops what this instance remembers of the tenant, once its setting changed (after the commit). */
    void forget(String tenant) {
        enabledByTenant.remove(tenant);
    }

    private boolean enabled(String tenant) {
        long now = System.nanoTime();
        Remembered remembered = enabledByTenant.get(tenant);
        if (remembered != null && now - remembered.at() < ttlNanos) {
            return remembered.enabled();
        }
        boolean enabled = settings.isEnabled(tenant);
        enabledByTenant.put(tenant, new Remembered(enabled, now));
        return enabled;
    }

    private record Remembered(boolean enabled, long at) {}
}
