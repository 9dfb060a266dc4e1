package com.crmplatform.dealservice.followup.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.dealservice.customer.domain.CustomerReadModel;
import com.crmplatform.dealservice.opportunity.domain.Opportunity;
import com.crmplatform.dealservice.opportunity.domain.OpportunityService;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and reading an opportunity's follow-ups: whoever may work on the opportunity (its owner, an admin). */
@Service
public class FollowUpService {

    /** Clocks differ a little; a follow-up "in the future" by more than this is refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final FollowUpRepository followUps;
    private final OpportunityService opportunities;
    private final CustomerReadModel customers;
    private final Outbox outbox;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository followUps,
            OpportunityService opportunities,
            CustomerReadModel customers,
            Outbox outbox,
            Clock clock) {
        this.followUps = followUps;
        this.opportunities = opportunities;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public FollowUp record(UUID opportunityId, NewFollowUp draft, CurrentUser user) {
        Opportunity opportunity = opportunities.get(opportunityId, user);
        Instant now = clock.instant();
        Instant occurredAt = draft.occurredAt() == null ? now : draft.occurredAt();
        requireTimes(occurredAt, draft.nextFollowUpAt(), now);
        List<UUID> contactIds = draft.contactIds().stream().distinct().toList();
        customers.requireContacts(user.tenant(), opportunity.customerId(), contactIds, "contactIds");
        FollowUp followUp = new FollowUp(
                UUID.randomUUID(),
                user.tenant(),
                opportunityId,
                draft.type(),
                draft.content(),
                occurredAt,
                draft.nextFollowUpAt(),
                contactIds,
                user.id(),
                now);
        followUps.insert(followUp);
        outbox.publish(OpportunityEvents.FOLLOWED_UP, opportunityId, user.tenant(), followUp.followedUp());
        return followUp;
    }

    @Transactional(readOnly = true)
    public PageResponse<FollowUp> list(UUID opportunityId, PageQuery page, CurrentUser user) {
        opportunities.get(opportunityId, user);
        return followUps.ofOpportunity(user.tenant(), opportunityId, page);
    }

    private static void requireTimes(Instant occurredAt, Instant next, Instant now) {
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("occurredAt", "PastOrPresent", "occurredAt must not be in the future");
        }
        if (next != null && !next.isAfter(occurredAt)) {
            throw new InvalidRequestException(
                    "nextFollowUpAt", "After", "nextFollowUpAt must be after the follow-up itself");
        }
    }
}
