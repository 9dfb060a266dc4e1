package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.autoassign.AutoAssigner;
import com.crmplatform.leadservice.source.domain.SourceChannelService;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Capturing, reading, editing, invalidating and restoring leads, within the caller's tenant and data scope. */
@Service
public class LeadService {

    private final LeadRepository leads;
    private final Outbox outbox;
    private final Clock clock;
    private final AutoAssigner autoAssigner;
    private final SourceChannelService sources;

    LeadService(
            LeadRepository leads, Outbox outbox, Clock clock, AutoAssigner autoAssigner, SourceChannelService sources) {
        this.leads = leads;
        this.outbox = outbox;
        this.clock = clock;
        this.autoAssigner = autoAssigner;
        this.sources = sources;
    }

    /**
     * Captures a lead. Its {@code channel}, if any, must be an active channel of the tenant and gives the source
     * when none was given (else 400 {@code field: channel}; see {@code ChannelRules}). Unless
     * {@code allowDuplicate}, a lead of the tenant with the same normalized phone or email makes it 409
     * {@code LEAD_DUPLICATE} with {@code existingId}.
     */
    @Transactional
    public Lead capture(NewLead draft, boolean allowDuplicate, CurrentUser user) {
        LeadSource source = sources.sourceFor(user.tenant(), draft.source(), draft.channel(), null);
        if (!allowDuplicate) {
            refuseDuplicate(user.tenant(), draft.contact(), null);
        }
        Lead captured =
                Lead.capture(draft.withSource(source), user.tenant(), user.id(), isSalesperson(user), clock.instant());
        List<Lead> toInsert = autoAssigner.assignAllIfEnabled(user.tenant(), List.of(captured));
        Lead lead = toInsert.getFirst();
        leads.insert(lead);
        outbox.publish(LeadEvents.CREATED, captured.id(), captured.tenant(), captured.created());
        autoAssigner.recordAssignments(user.tenant(), List.of(captured), toInsert);
        return lead;
    }

    /** The lead, if it exists in the caller's tenant and the caller may see it; otherwise 404. */
    @Transactional(readOnly = true)
    public Lead get(UUID id, CurrentUser user) {
        return leads.find(user.tenant(), id)
                .filter(LeadVisibility.of(user)::allows)
                .orElseThrow(() -> new NotFoundException("Lead", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Lead> list(LeadFilter filter, PageQuery page, CurrentUser user) {
        return leads.search(user.tenant(), LeadVisibility.of(user), filter.forCaller(user.id()), page);
    }

    /**
     * Replaces the editable fields if the lead still has {@code expectedVersion} (else 409 {@code STALE_VERSION}
     * with {@code currentVersion}). Owner or admin; an open lead only.
     */
    @Transactional
    public Lead update(UUID id, LeadEdit edit, int expectedVersion, boolean allowDuplicate, CurrentUser user) {
        Lead lead = ownedOrAdmin(id, user);
        if (lead.version() != expectedVersion) {
            throw stale(lead.version());
        }
        // The lead's own channel may be kept after it was deactivated: its leads stay editable.
        LeadSource source = sources.sourceFor(user.tenant(), edit.source(), edit.channel(), lead.channel());
        if (!allowDuplicate) {
            refuseDuplicate(user.tenant(), edit.contact(), id);
        }
        Lead edited = lead.edited(edit.withSource(source), clock.instant());
        save(edited, expectedVersion);
        outbox.publish(LeadEvents.UPDATED, id, lead.tenant(), edited.updated(user.id()));
        return edited;
    }

    /** Marks an open lead invalid (无效线索) with a reason. Owner or admin. */
    @Transactional
    public Lead invalidate(UUID id, String reason, CurrentUser user) {
        Lead lead = ownedOrAdmin(id, user);
        Lead invalid = lead.invalidated(reason, clock.instant());
        save(invalid, lead.version());
        outbox.publish(LeadEvents.INVALIDATED, id, lead.tenant(), invalid.invalidatedEvent(user.id()));
        return invalid;
    }

    /** Restores an invalid lead (admin; the controller checks the role). */
    @Transactional
    public Lead restore(UUID id, CurrentUser user) {
        Lead lead = get(id, user);
        Lead restored = lead.restored(clock.instant());
        save(restored, lead.version());
        outbox.publish(LeadEvents.RESTORED, id, lead.tenant(), restored.restoredEvent(user.id()));
        return restored;
    }

    /**
     * The lead for a change only its owner or an admin may make. A lead the caller cannot see is 404; a pool lead
     * (which a salesperson can see but does not own) is 409 {@code LEAD_IN_POOL} for anyone but an admin.
     */
    public Lead ownedOrAdmin(UUID id, CurrentUser user) {
        Lead lead = get(id, user);
        if (user.isAdmin()) {
            return lead;
        }
        if (lead.inPool()) {
            throw new ConflictException("LEAD_IN_POOL", "Lead " + id + " is in the pool; claim it first");
        }
        if (!lead.ownerId().equals(user.id())) {
            throw new NotFoundException("Lead", id);
        }
        return lead;
    }

    /** Writes the changed lead, or 409 {@code STALE_VERSION} when someone changed it since it was read. */
    public void save(Lead changed, int expectedVersion) {
        if (!leads.update(changed, expectedVersion)) {
            int current = leads.find(changed.tenant(), changed.id())
                    .map(Lead::version)
                    .orElse(expectedVersion);
            throw stale(current);
        }
    }

    private void refuseDuplicate(String tenant, ContactDetails contact, UUID exceptId) {
        String phone = contact.normalizedPhone();
        String email = contact.normalizedEmail();
        leads.lockContact(tenant, phone, email);
        Optional<UUID> existing = leads.findDuplicate(tenant, phone, email, exceptId);
        if (existing.isPresent()) {
            throw new ConflictException(
                    "LEAD_DUPLICATE",
                    "A lead with this phone or email already exists; pass allowDuplicate=true to keep both",
                    Map.of("existingId", existing.get().toString()));
        }
    }

    static boolean isSalesperson(CurrentUser user) {
        return user.hasRole(Roles.SALES) && !user.isAdmin();
    }

    private static StaleVersionException stale(int currentVersion) {
        return new StaleVersionException(
                "The lead was changed by someone else; reload it and try again", currentVersion);
    }
}
