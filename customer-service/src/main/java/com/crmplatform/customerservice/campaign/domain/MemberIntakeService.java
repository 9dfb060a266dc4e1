package com.crmplatform.customerservice.campaign.domain;

import com.crmplatform.contracts.campaign.CampaignMember;
import com.crmplatform.contracts.campaign.MemberCaptured;
import com.crmplatform.contracts.campaign.MemberIntakeBatch;
import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.customer.ContactChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.customerservice.campaign.domain.IntakeRepository.CustomerMatch;
import com.crmplatform.customerservice.contact.domain.Contact;
import com.crmplatform.customerservice.contact.domain.ContactDetails;
import com.crmplatform.customerservice.contact.domain.ContactRepository;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerDetails;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.outbox.Outbox;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes campaign members in as customers, idempotently on (tenant, member id): the one intake of campaign-service's
 * manual sync ({@code POST /api/v1/customers/campaign-members}) and of its auto-sync (member-captured events).
 *
 * <p>A member becomes exactly one customer: linked to the oldest live customer of the tenant whose phone, or one of
 * whose contacts' phone or e-mail, is the member's; else, for a member with a company, linked to the oldest live
 * organization of that name (the member joins it as a new contact, customer-service allowing no two customers of
 * one name); else a new customer in the pool (ORGANIZATION named after the company, or INDIVIDUAL named after the
 * person) with the member as its primary contact, {@code sourceCampaignId} = the campaign. Customers created
 * earlier in the same batch count as existing. The intake rows, customers, contacts and events of a batch are
 * written in one transaction under the tenant's intake lock; the claim is an {@code INSERT … ON CONFLICT DO
 * NOTHING}. A member the rules refuse is FAILED with a reason code, is not stored, and the rest of the batch goes on.
 */
@Service
public class MemberIntakeService {

    /** Who captured an auto-synced member when the event names nobody (a public form submission). */
    public static final String SYSTEM_ACTOR = "campaign-service";

    public static final String TARGET = "CUSTOMER";

    private final IntakeRepository intakes;
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final Outbox outbox;
    private final Clock clock;
    private final MemberCustomerRules rules;

    MemberIntakeService(
            IntakeRepository intakes,
            CustomerRepository customers,
            ContactRepository contacts,
            Outbox outbox,
            Clock clock,
            Validator validator) {
        this.intakes = intakes;
        this.customers = customers;
        this.contacts = contacts;
        this.outbox = outbox;
        this.clock = clock;
        this.rules = new MemberCustomerRules(validator);
    }

    /**
     * A manual sync's batch: one result per member, in the request's order. No {@code campaign-member-taken} event:
     * the answer tells the caller, and a caller that lost it sends the members again and gets the same results.
     */
    @Transactional
    public List<MemberIntakeResult> takeAll(String tenant, String actor, MemberIntakeRequest request) {
        requireValid(request);
        return take(tenant, actor, request, false);
    }

    /**
     * An auto-synced member (the caller checked target and autoSync): taken in as by a manual sync, and announced
     * with a {@code campaign-member-taken} event (a FAILED one too, so campaign-service can show why).
     */
    @Transactional
    public MemberIntakeResult takeCaptured(String tenant, MemberCaptured captured) {
        MemberIntakeRequest request = new MemberIntakeRequest(
                captured.campaignId(), captured.campaignName(), captured.campaignType(), List.of(captured.member()));
        String actor = captured.capturedBy() == null ? SYSTEM_ACTOR : captured.capturedBy();
        return take(tenant, actor, request, true).getFirst();
    }

    private List<MemberIntakeResult> take(String tenant, String actor, MemberIntakeRequest request, boolean announce) {
        intakes.lockTenant(tenant);
        Batch batch = new Batch(tenant, actor, request.campaignId(), clock.instant());
        Map<UUID, CampaignMember> fresh = MemberIntakeBatch.distinctMembers(request);
        Map<UUID, MemberIntakeResult> earlier = intakes.findTaken(tenant, fresh.keySet());
        batch.alreadyTaken(earlier);
        fresh.keySet().removeAll(earlier.keySet());

        List<Candidate> candidates = checkAll(batch, request, fresh.values());
        Map<String, CustomerMatch> known = existingMatches(tenant, candidates);
        candidates.forEach(candidate -> place(batch, candidate, known));
        save(batch);
        List<MemberIntakeResult> decided = batch.decided();
        if (announce && !decided.isEmpty()) {
            // Keyed by member id: the member's events (a FAILED one, a later CREATED) stay in order.
            outbox.publishAll(CustomerEvents.CAMPAIGN_MEMBER_TAKEN, tenant, decided, MemberIntakeResult::memberId);
        }
        return batch.answers(request);
    }

    /** The members the rules accept; the others are FAILED in the batch with the reason. */
    private List<Candidate> checkAll(Batch batch, MemberIntakeRequest request, Iterable<CampaignMember> members) {
        List<Candidate> candidates = new ArrayList<>();
        for (CampaignMember member : members) {
            MemberCustomerRules.Checked checked =
                    rules.check(member, batch.campaignId(), request.campaignName(), request.campaignType());
            if (checked.reason() != null) {
                batch.failed(member.memberId(), checked.reason());
            } else {
                candidates.add(new Candidate(member.memberId(), checked.customer(), checked.contact()));
            }
        }
        return candidates;
    }

    /**
     * Links the candidate to the customer its phone or e-mail names, else to its company's customer (as a new
     * contact), else creates a customer; what it adds to {@code known} counts for the rest of the batch.
     */
    private static void place(Batch batch, Candidate candidate, Map<String, CustomerMatch> known) {
        List<String> contactKeys = contactKeys(candidate.contact());
        CustomerMatch match = contactKeys.stream()
                .map(known::get)
                .filter(Objects::nonNull)
                .min(Comparator.comparing(CustomerMatch::createdAt).thenComparing(CustomerMatch::customerId))
                .orElse(null);
        if (match != null) {
            // The person is known: link, copy nothing.
            batch.linked(candidate.memberId(), match.customerId());
            return;
        }
        String nameKey = nameKey(candidate.customer());
        if (nameKey != null && known.containsKey(nameKey)) {
            // Their company is a customer already: the person joins it as a contact.
            CustomerMatch company = known.get(nameKey);
            batch.newContacts.add(
                    Contact.create(company.customerId(), batch.tenant(), candidate.contact(), false, batch.now()));
            contactKeys.forEach(key -> known.putIfAbsent(key, company));
            batch.linked(candidate.memberId(), company.customerId());
            return;
        }
        Customer customer = Customer.create(
                candidate.customer(), null, batch.campaignId(), batch.tenant(), null, batch.actor(), batch.now());
        batch.created.add(customer);
        batch.newContacts.add(Contact.create(customer.id(), batch.tenant(), candidate.contact(), true, batch.now()));
        CustomerMatch own = new CustomerMatch(customer.id(), batch.now());
        contactKeys.forEach(key -> known.putIfAbsent(key, own));
        if (nameKey != null) {
            known.putIfAbsent(nameKey, own);
        }
        batch.created(candidate.memberId(), customer.id());
    }

    /** Claims the taken members, then writes their customers, contacts and events; nothing if none was taken. */
    private void save(Batch batch) {
        List<MemberIntakeResult> taken = batch.taken();
        if (taken.isEmpty()) {
            return;
        }
        Set<UUID> claimed = intakes.claim(batch.tenant(), taken, batch.actor(), batch.now());
        if (claimed.size() != taken.size()) {
            // Cannot happen under the tenant lock; if it ever did, nothing of this batch is kept and a retry
            // answers the stored results.
            throw new ConflictException(
                    "INTAKE_IN_PROGRESS", "Some of these members are being taken in by another sync; retry");
        }
        customers.insertAll(batch.created);
        contacts.insertAll(batch.newContacts);
        if (!batch.created.isEmpty()) {
            outbox.publishAll(
                    CustomerEvents.CREATED,
                    batch.tenant(),
                    batch.created.stream().map(Customer::created).toList(),
                    CustomerCreated::customerId);
        }
        if (!batch.newContacts.isEmpty()) {
            outbox.publishAll(
                    CustomerEvents.CONTACT_CREATED,
                    batch.tenant(),
                    batch.newContacts.stream()
                            .map(contact -> contact.changed(batch.actor(), batch.now()))
                            .toList(),
                    ContactChanged::customerId);
        }
    }

    private Map<String, CustomerMatch> existingMatches(String tenant, List<Candidate> candidates) {
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String phone = CustomerDetails.digitsOf(candidate.contact().phone());
            if (phone != null) {
                phones.add(phone);
            }
            String email = normalizedEmail(candidate.contact().email());
            if (email != null) {
                emails.add(email);
            }
            if (candidate.customer().kind() == CustomerKind.ORGANIZATION) {
                names.add(candidate.customer().normalizedName());
            }
        }
        if (candidates.isEmpty()) {
            return new HashMap<>();
        }
        return new HashMap<>(intakes.findMatches(tenant, phones, emails, names));
    }

    private static List<String> contactKeys(ContactDetails contact) {
        List<String> keys = new ArrayList<>(2);
        String phone = CustomerDetails.digitsOf(contact.phone());
        if (phone != null) {
            keys.add("p:" + phone);
        }
        String email = normalizedEmail(contact.email());
        if (email != null) {
            keys.add("e:" + email);
        }
        return keys;
    }

    private static String nameKey(CustomerDetails customer) {
        return customer.kind() == CustomerKind.ORGANIZATION ? "n:" + customer.normalizedName() : null;
    }

    private static String normalizedEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** 400 for a request that cannot be answered member by member: no campaign, no members, too many, no ids. */
    private static void requireValid(MemberIntakeRequest request) {
        if (request.campaignId() == null) {
            throw new InvalidRequestException("campaignId", "NotNull", "must not be null");
        }
        if (request.members() == null) {
            throw new InvalidRequestException("members", "NotNull", "must not be null");
        }
        if (request.members().size() > MemberIntakeRequest.MAX_MEMBERS) {
            throw new CrmException(
                    ErrorCode.VALIDATION_FAILED,
                    "INTAKE_BATCH_TOO_LARGE",
                    "At most " + MemberIntakeRequest.MAX_MEMBERS + " members per request, got "
                            + request.members().size(),
                    "members",
                    Map.of("maxMembers", MemberIntakeRequest.MAX_MEMBERS));
        }
        for (int i = 0; i < request.members().size(); i++) {
            CampaignMember member = request.members().get(i);
            if (member == null || member.memberId() == null) {
                throw new InvalidRequestException("members[" + i + "].memberId", "NotNull", "must not be null");
            }
        }
    }

    private record Candidate(UUID memberId, CustomerDetails customer, ContactDetails contact) {}

    /** The intake's batch, and the customers and contacts it creates. */
    private static final class Batch extends MemberIntakeBatch {
        final List<Customer> created = new ArrayList<>();
        final List<Contact> newContacts = new ArrayList<>();

        Batch(String tenant, String actor, UUID campaignId, Instant now) {
            super(tenant, actor, campaignId, now);
        }
    }
}
