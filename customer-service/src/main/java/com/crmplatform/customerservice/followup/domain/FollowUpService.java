package com.crmplatform.customerservice.followup.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.customerservice.contact.domain.Contact;
import com.crmplatform.customerservice.contact.domain.ContactRepository;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.customerservice.customer.domain.CustomerService;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and reading follow-ups: the owner or an admin records them; whoever sees the customer reads them. */
@Service
public class FollowUpService {

    /** Clocks differ a little; a follow-up "in the future" by more than this is refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final FollowUpRepository followUps;
    private final CustomerService customerService;
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final Outbox outbox;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository followUps,
            CustomerService customerService,
            CustomerRepository customers,
            ContactRepository contacts,
            Outbox outbox,
            Clock clock) {
        this.followUps = followUps;
        this.customerService = customerService;
        this.customers = customers;
        this.contacts = contacts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public FollowUp record(UUID customerId, NewFollowUp draft, CurrentUser user) {
        customerService.editable(customerId, user);
        Instant now = clock.instant();
        Instant occurredAt = draft.occurredAt() == null ? now : draft.occurredAt();
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("occurredAt", "PastOrPresent", "occurredAt must not be in the future");
        }
        if (draft.nextFollowUpAt() != null && !draft.nextFollowUpAt().isAfter(occurredAt)) {
            throw new InvalidRequestException(
                    "nextFollowUpAt", "After", "nextFollowUpAt must be after the follow-up itself");
        }
        List<UUID> contactIds = draft.contactIds().stream().distinct().toList();
        Set<UUID> ofCustomer = contacts.ofCustomer(user.tenant(), customerId).stream()
                .map(Contact::id)
                .collect(Collectors.toSet());
        if (!ofCustomer.containsAll(contactIds)) {
            throw new InvalidRequestException(
                    "contactIds", "ContactOfCustomer", "contactIds must be contacts of this customer");
        }
        FollowUp followUp = new FollowUp(
                UUID.randomUUID(),
                user.tenant(),
                customerId,
                draft.type(),
                draft.content(),
                occurredAt,
                draft.nextFollowUpAt(),
                contactIds,
                user.id(),
                now);
        followUps.insert(followUp);
        customers.recordFollowUp(user.tenant(), customerId, occurredAt, draft.nextFollowUpAt(), now);
        outbox.publish(CustomerEvents.FOLLOWED_UP, customerId, user.tenant(), followUp.followedUp());
        return followUp;
    }

    @Transactional(readOnly = true)
    public PageResponse<FollowUp> list(UUID customerId, PageQuery page, CurrentUser user) {
        customerService.get(customerId, user);
        return followUps.ofCustomer(user.tenant(), customerId, page);
    }
}
