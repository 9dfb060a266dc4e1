package com.crmplatform.leadservice.followup.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadFollowedUp;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording follow-ups on a lead and reading its timeline. */
@Service
public class FollowUpService {

    private final LeadService leads;
    private final FollowUpRepository followUps;
    private final Outbox outbox;
    private final Clock clock;

    FollowUpService(LeadService leads, FollowUpRepository followUps, Outbox outbox, Clock clock) {
        this.leads = leads;
        this.followUps = followUps;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The owner (or an admin) records a follow-up: the lead becomes FOLLOWING, with its last and next follow-up
     * times. A pool lead has nobody following it up: 409 {@code LEAD_IN_POOL}.
     */
    @Transactional
    public FollowUp record(UUID leadId, NewFollowUp draft, CurrentUser user) {
        Lead lead = leads.ownedOrAdmin(leadId, user);
        if (lead.inPool()) {
            throw new ConflictException("LEAD_IN_POOL", "Lead " + leadId + " is in the pool; assign or claim it first");
        }
        Instant now = clock.instant();
        Lead followed = lead.followedUp(draft.occurredAt(), draft.nextFollowUpAt(), now);
        leads.save(followed, lead.version());
        FollowUp followUp = new FollowUp(
                UUID.randomUUID(),
                lead.tenant(),
                leadId,
                draft.type(),
                draft.content(),
                draft.occurredAt(),
                draft.nextFollowUpAt(),
                user.id(),
                now);
        followUps.insert(followUp);
        outbox.publish(
                LeadEvents.FOLLOWED_UP,
                leadId,
                lead.tenant(),
                new LeadFollowedUp(
                        leadId,
                        followUp.id(),
                        followUp.type(),
                        followUp.occurredAt(),
                        followUp.nextFollowUpAt(),
                        lead.ownerId(),
                        user.id()));
        return followUp;
    }

    /** The timeline of a lead the caller may see. */
    @Transactional(readOnly = true)
    public PageResponse<FollowUp> timeline(UUID leadId, PageQuery page, CurrentUser user) {
        Lead lead = leads.get(leadId, user);
        return followUps.ofLead(lead.tenant(), lead.id(), page);
    }
}
