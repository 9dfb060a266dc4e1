package com.crmplatform.leadservice.offboarding.domain;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadReleased;
import com.crmplatform.contracts.lead.LeadTransferred;
import com.crmplatform.contracts.user.UserOffboarded;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadAction;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.leadservice.pool.domain.AutoAssignmentRepository;
import com.crmplatform.leadservice.pool.domain.LeadHistoryRepository;
import com.crmplatform.leadservice.pool.domain.OwnershipAction;
import com.crmplatform.leadservice.pool.domain.OwnershipChange;
import com.crmplatform.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A salesperson left (customer-service offboarded them): all their open leads move, in one transaction, to the
 * colleague who takes over ({@code transferred} events) or, without one, to the pool ({@code released} events),
 * each with an OFFBOARDED history row. They also stop taking turns in the round-robin assignment. The colleague was
 * checked by customer-service (an active salesperson of the tenant) and is not checked again here.
 */
@Service
public class OffboardingService {

    private static final Logger log = LoggerFactory.getLogger(OffboardingService.class);

    /** The longest reason {@code lead_history} keeps. */
    private static final int MAX_REASON = 500;

    private final LeadRepository leads;
    private final LeadService leadService;
    private final LeaverLeads leaverLeads;
    private final LeadHistoryRepository history;
    private final AutoAssignmentRepository autoAssignment;
    private final Outbox outbox;
    private final Clock clock;

    OffboardingService(
            LeadRepository leads,
            LeadService leadService,
            LeaverLeads leaverLeads,
            LeadHistoryRepository history,
            AutoAssignmentRepository autoAssignment,
            Outbox outbox,
            Clock clock) {
        this.leads = leads;
        this.leadService = leadService;
        this.leaverLeads = leaverLeads;
        this.history = history;
        this.autoAssignment = autoAssignment;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Moves the leaver's open leads of the tenant; returns how many. */
    @Transactional
    public int offboard(String tenant, UserOffboarded leaver) {
        String from = leaver.userId();
        String to = leaver.toOwnerId() == null || leaver.toOwnerId().equals(from) ? null : leaver.toOwnerId();
        String actor = leaver.offboardedBy() == null ? OwnershipChange.SYSTEM : leaver.offboardedBy();
        String reason = reason(leaver.reason());
        Instant now = clock.instant();

        // No claim by the leaver (a token may outlive the account for a while) slips in between.
        leads.lockOwner(tenant, from);
        autoAssignment.removeSalesperson(tenant, from);
        List<UUID> ids = leaverLeads.lockOpenLeadsOwnedBy(tenant, from);
        for (UUID id : ids) {
            Lead lead = leads.find(tenant, id).orElseThrow();
            if (to == null) {
                toPool(lead, reason, actor, now);
            } else {
                toColleague(lead, to, reason, actor, now);
            }
        }
        log.info(
                "User {} of tenant {} left: {} open leads moved to {}",
                from,
                tenant,
                ids.size(),
                to == null ? "the pool" : to);
        return ids.size();
    }

    private void toColleague(Lead lead, String to, String reason, String actor, Instant now) {
        Lead moved = lead.ownedBy(to, LeadAction.TRANSFER, now);
        leadService.save(moved, lead.version());
        record(lead, to, reason, actor, now);
        outbox.publish(
                LeadEvents.TRANSFERRED,
                lead.id(),
                lead.tenant(),
                new LeadTransferred(lead.id(), to, lead.ownerId(), reason, actor, now));
    }

    private void toPool(Lead lead, String reason, String actor, Instant now) {
        Lead moved = lead.returnedToPool(LeadAction.RELEASE, now);
        leadService.save(moved, lead.version());
        record(lead, null, reason, actor, now);
        outbox.publish(
                LeadEvents.RELEASED,
                lead.id(),
                lead.tenant(),
                new LeadReleased(lead.id(), lead.ownerId(), reason, actor, now));
    }

    private void record(Lead lead, String to, String reason, String actor, Instant now) {
        history.insert(OwnershipChange.of(
                lead.tenant(), lead.id(), OwnershipAction.OFFBOARDED, lead.ownerId(), to, reason, actor, now));
    }

    /** The events carry no action, so their reason says why the lead moved. */
    static String reason(String adminReason) {
        String reason =
                adminReason == null || adminReason.isBlank() ? "offboarded" : "offboarded: " + adminReason.strip();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
