package com.crmplatform.leadservice.pool.domain;

import com.crmplatform.contracts.lead.LeadAssigned;
import com.crmplatform.contracts.lead.LeadClaimed;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadReleased;
import com.crmplatform.contracts.lead.LeadTransferred;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadAction;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead pool (公海池) and who owns which lead: assign, claim, release, transfer. Each change locks the lead's
 * row first, so of two concurrent changes to one lead exactly one wins and the other sees the new owner (409).
 * Every change is written to the lead's history and published, in the same transaction.
 */
@Service
public class PoolService {

    private final LeadRepository leads;
    private final LeadService leadService;
    private final LeadHistoryRepository history;
    private final UserDirectory directory;
    private final Outbox outbox;
    private final PoolProperties properties;
    private final Clock clock;

    PoolService(
            LeadRepository leads,
            LeadService leadService,
            LeadHistoryRepository history,
            UserDirectory directory,
            Outbox outbox,
            PoolProperties properties,
            Clock clock) {
        this.leads = leads;
        this.leadService = leadService;
        this.history = history;
        this.directory = directory;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** An admin gives a pool lead to an active salesperson of the tenant. */
    @Transactional
    public Lead assign(UUID id, String ownerId, String reason, CurrentUser admin) {
        requireActiveSalesperson(ownerId, admin.tenant());
        return assignLocked(locked(id, admin), ownerId, reason, admin, clock.instant());
    }

    /**
     * Assigns all the leads or none: any lead that is unknown, not in the pool or closed makes the whole call 409
     * {@code BULK_ASSIGN_REFUSED}, with {@code failures} naming each lead and its reason.
     */
    @Transactional
    public List<Lead> assignAll(List<UUID> ids, String ownerId, String reason, CurrentUser admin) {
        requireActiveSalesperson(ownerId, admin.tenant());
        Instant now = clock.instant();
        List<Map<String, Object>> failures = new ArrayList<>();
        List<Lead> assigned = new ArrayList<>();
        // Sorted, so two bulk calls over overlapping leads lock in the same order and cannot deadlock.
        for (UUID id : ids.stream().distinct().sorted().toList()) {
            try {
                assigned.add(assignLocked(locked(id, admin), ownerId, reason, admin, now));
            } catch (CrmException e) {
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("leadId", id.toString());
                failure.put("reason", e.reason());
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            throw new ConflictException(
                    "BULK_ASSIGN_REFUSED",
                    failures.size() + " of " + ids.size() + " leads cannot be assigned; none was",
                    Map.of("failures", failures));
        }
        return assigned;
    }

    /** A salesperson takes a lead from the pool, while owning fewer open leads than the claim limit. */
    @Transactional
    public Lead claim(UUID id, CurrentUser salesperson) {
        leads.lockOwner(salesperson.tenant(), salesperson.id());
        // No visibility filter here: of two salespeople racing for a pool lead the loser must learn that it is
        // taken (409), whether the winner committed before or after the loser's request arrived. The answer names
        // no owner, and a lead id is only known from the pool.
        Lead lead = leads.lock(salesperson.tenant(), id).orElseThrow(() -> new NotFoundException("Lead", id));
        requireInPool(lead);
        int open = leads.countOpenOwnedBy(salesperson.tenant(), salesperson.id());
        if (open >= properties.claimLimit()) {
            throw new ConflictException(
                    "CLAIM_LIMIT_REACHED",
                    "You own " + open + " open leads; the limit for claiming more is " + properties.claimLimit(),
                    Map.of("limit", properties.claimLimit()));
        }
        Instant now = clock.instant();
        Lead claimed = lead.ownedBy(salesperson.id(), LeadAction.CLAIM, now);
        leadService.save(claimed, lead.version());
        record(claimed, OwnershipAction.CLAIMED, null, salesperson.id(), null, salesperson.id(), now);
        outbox.publish(LeadEvents.CLAIMED, id, lead.tenant(), new LeadClaimed(id, salesperson.id(), now));
        return claimed;
    }

    /** The owner (or an admin) gives a lead back to the pool. */
    @Transactional
    public Lead release(UUID id, String reason, CurrentUser user) {
        Lead lead = locked(id, user);
        requireOwned(lead);
        if (!user.isAdmin() && !lead.ownerId().equals(user.id())) {
            throw new NotFoundException("Lead", id);
        }
        Instant now = clock.instant();
        Lead released = lead.returnedToPool(LeadAction.RELEASE, now);
        leadService.save(released, lead.version());
        record(released, OwnershipAction.RELEASED, lead.ownerId(), null, reason, user.id(), now);
        outbox.publish(
                LeadEvents.RELEASED, id, lead.tenant(), new LeadReleased(id, lead.ownerId(), reason, user.id(), now));
        return released;
    }

    /** An admin moves an owned lead to another active salesperson. */
    @Transactional
    public Lead transfer(UUID id, String ownerId, String reason, CurrentUser admin) {
        requireActiveSalesperson(ownerId, admin.tenant());
        Lead lead = locked(id, admin);
        requireOwned(lead);
        if (lead.ownerId().equals(ownerId)) {
            throw new InvalidRequestException("ownerId", "SameOwner", "the lead is already owned by " + ownerId);
        }
        Instant now = clock.instant();
        Lead transferred = lead.ownedBy(ownerId, LeadAction.TRANSFER, now);
        leadService.save(transferred, lead.version());
        record(transferred, OwnershipAction.TRANSFERRED, lead.ownerId(), ownerId, reason, admin.id(), now);
        outbox.publish(
                LeadEvents.TRANSFERRED,
                id,
                lead.tenant(),
                new LeadTransferred(id, ownerId, lead.ownerId(), reason, admin.id(), now));
        return transferred;
    }

    /** The ownership history of a lead the caller may see, oldest first. */
    @Transactional(readOnly = true)
    public List<OwnershipChange> history(UUID id, CurrentUser user) {
        Lead lead = leadService.get(id, user);
        return history.of(lead.tenant(), lead.id());
    }

    private Lead assignLocked(Lead lead, String ownerId, String reason, CurrentUser admin, Instant now) {
        requireInPool(lead);
        Lead assigned = lead.ownedBy(ownerId, LeadAction.ASSIGN, now);
        leadService.save(assigned, lead.version());
        record(assigned, OwnershipAction.ASSIGNED, null, ownerId, reason, admin.id(), now);
        outbox.publish(
                LeadEvents.ASSIGNED,
                lead.id(),
                lead.tenant(),
                new LeadAssigned(lead.id(), ownerId, reason, admin.id(), now));
        return assigned;
    }

    /**
     * The lead, its row locked until the transaction ends, if the caller may see it (else 404). Visibility is
     * checked before waiting for the lock: a salesperson who loses a race for a pool lead gets 409 (someone owns
     * it now), not 404.
     */
    private Lead locked(UUID id, CurrentUser user) {
        leadService.get(id, user);
        return leads.lock(user.tenant(), id).orElseThrow(() -> new NotFoundException("Lead", id));
    }

    private void record(
            Lead lead, OwnershipAction action, String from, String to, String reason, String actor, Instant now) {
        history.insert(OwnershipChange.of(lead.tenant(), lead.id(), action, from, to, reason, actor, now));
    }

    private void requireActiveSalesperson(String ownerId, String tenant) {
        if (!directory.isActiveSalesperson(ownerId, tenant)) {
            throw new InvalidRequestException(
                    "ownerId", "ActiveSalesperson", "ownerId must be an active salesperson of your tenant");
        }
    }

    private static void requireInPool(Lead lead) {
        if (!lead.inPool()) {
            throw new ConflictException(
                    "LEAD_NOT_IN_POOL", "Lead " + lead.id() + " already has an owner", Map.of("leadId", lead.id()));
        }
    }

    private static void requireOwned(Lead lead) {
        if (lead.inPool()) {
            throw new ConflictException("LEAD_IN_POOL", "Lead " + lead.id() + " is in the pool");
        }
    }
}
