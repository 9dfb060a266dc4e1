package com.crmplatform.leadservice.campaign.domain;

import com.crmplatform.contracts.campaign.CampaignMember;
import com.crmplatform.contracts.campaign.MemberCaptured;
import com.crmplatform.contracts.campaign.MemberIntakeBatch;
import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.campaign.domain.IntakeRepository.ContactMatch;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.autoassign.AutoAssigner;
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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes campaign members in as leads, idempotently on (tenant, member id): the one intake of campaign-service's
 * manual sync ({@code POST /api/v1/leads/campaign-members}) and of its auto-sync (member-captured events).
 *
 * <p>A member becomes exactly one lead: linked to the oldest lead of the tenant (not invalid) with the same
 * normalized phone or lower-cased e-mail, or to a lead created earlier in the same batch; otherwise a new lead in
 * the pool, created as {@code POST /api/v1/leads} creates one (rules, auto-assignment, {@code lead.created} with the
 * campaign id). The intake row, the leads and the events are written in one transaction per batch, under the
 * tenant's exclusive contact lock (as a CSV import takes it), so two intakes of the same member, or of two members
 * with the same phone, cannot both create a lead; the claim itself is an {@code INSERT … ON CONFLICT DO NOTHING}.
 * A member the lead rules refuse is FAILED with a reason code, is not stored, and the rest of the batch goes on.
 */
@Service
public class MemberIntakeService {

    /** Who captured an auto-synced member when the event names nobody (a public form submission). */
    public static final String SYSTEM_ACTOR = "campaign-service";

    public static final String TARGET = "LEAD";

    private final IntakeRepository intakes;
    private final LeadRepository leads;
    private final AutoAssigner autoAssigner;
    private final Outbox outbox;
    private final Clock clock;
    private final MemberLeadRules rules;

    MemberIntakeService(
            IntakeRepository intakes,
            LeadRepository leads,
            AutoAssigner autoAssigner,
            Outbox outbox,
            Clock clock,
            Validator validator) {
        this.intakes = intakes;
        this.leads = leads;
        this.autoAssigner = autoAssigner;
        this.outbox = outbox;
        this.clock = clock;
        this.rules = new MemberLeadRules(validator);
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
        // One intake at a time per tenant, and no lead capture of the tenant meanwhile: what is matched stays true.
        leads.lockAllContacts(tenant);
        Batch batch = new Batch(tenant, actor, request.campaignId(), clock.instant());
        Map<UUID, CampaignMember> fresh = MemberIntakeBatch.distinctMembers(request);
        Map<UUID, MemberIntakeResult> earlier = intakes.findTaken(tenant, fresh.keySet());
        batch.alreadyTaken(earlier);
        fresh.keySet().removeAll(earlier.keySet());

        List<Candidate> candidates = checkAll(batch, request, fresh.values());
        Map<String, ContactMatch> known = existingContacts(tenant, candidates);
        candidates.forEach(candidate -> place(batch, candidate, known));
        save(batch);
        List<MemberIntakeResult> decided = batch.decided();
        if (announce && !decided.isEmpty()) {
            // Keyed by member id: the member's events (a FAILED one, a later CREATED) stay in order.
            outbox.publishAll(LeadEvents.CAMPAIGN_MEMBER_TAKEN, tenant, decided, MemberIntakeResult::memberId);
        }
        return batch.answers(request);
    }

    /** The members the rules accept, as captured leads; the others are FAILED in the batch with the reason. */
    private List<Candidate> checkAll(Batch batch, MemberIntakeRequest request, Iterable<CampaignMember> members) {
        List<Candidate> candidates = new ArrayList<>();
        for (CampaignMember member : members) {
            MemberLeadRules.Either checked =
                    rules.check(member, batch.campaignId(), request.campaignName(), request.campaignType());
            if (checked.reason() != null) {
                batch.failed(member.memberId(), checked.reason());
            } else {
                Lead lead = Lead.capture(checked.lead(), batch.tenant(), batch.actor(), false, batch.now());
                candidates.add(new Candidate(member.memberId(), lead));
            }
        }
        return candidates;
    }

    /**
     * Links the candidate to the oldest lead with its phone or e-mail, else creates its lead; what it adds to
     * {@code known} counts for the rest of the batch.
     */
    private static void place(Batch batch, Candidate candidate, Map<String, ContactMatch> known) {
        List<String> keys = keys(candidate.lead().contact());
        ContactMatch match = keys.stream()
                .map(known::get)
                .filter(Objects::nonNull)
                .min(Comparator.comparing(ContactMatch::createdAt).thenComparing(ContactMatch::leadId))
                .orElse(null);
        if (match != null) {
            batch.linked(candidate.memberId(), match.leadId());
            return;
        }
        Lead lead = candidate.lead();
        ContactMatch own = new ContactMatch(lead.id(), lead.createdAt());
        keys.forEach(key -> known.putIfAbsent(key, own));
        batch.created.add(lead);
        batch.created(candidate.memberId(), lead.id());
    }

    /** Claims the taken members, then writes their leads and events; nothing if none was taken. */
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
        // Owners of the tenant's round-robin, if on, are set before the insert; the created events still say
        // what was captured (in the pool), as for a single capture, and the assigned events follow.
        List<Lead> inserted = autoAssigner.assignAllIfEnabled(batch.tenant(), batch.created);
        leads.insertAll(inserted);
        if (!batch.created.isEmpty()) {
            outbox.publishAll(
                    LeadEvents.CREATED,
                    batch.tenant(),
                    batch.created.stream().map(Lead::created).toList(),
                    LeadCreated::leadId);
        }
        autoAssigner.recordAssignments(batch.tenant(), batch.created, inserted);
    }

    private Map<String, ContactMatch> existingContacts(String tenant, List<Candidate> candidates) {
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (Candidate candidate : candidates) {
            ContactDetails contact = candidate.lead().contact();
            if (contact.normalizedPhone() != null) {
                phones.add(contact.normalizedPhone());
            }
            if (contact.normalizedEmail() != null) {
                emails.add(contact.normalizedEmail());
            }
        }
        if (phones.isEmpty() && emails.isEmpty()) {
            return new HashMap<>();
        }
        return new HashMap<>(intakes.findContacts(tenant, phones, emails));
    }

    private static List<String> keys(ContactDetails contact) {
        List<String> keys = new ArrayList<>(2);
        if (contact.normalizedPhone() != null) {
            keys.add("p:" + contact.normalizedPhone());
        }
        if (contact.normalizedEmail() != null) {
            keys.add("e:" + contact.normalizedEmail());
        }
        return keys;
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

    private record Candidate(UUID memberId, Lead lead) {}

    /** The intake's batch, and the leads it creates. */
    private static final class Batch extends MemberIntakeBatch {
        final List<Lead> created = new ArrayList<>();

        Batch(String tenant, String actor, UUID campaignId, Instant now) {
            super(tenant, actor, campaignId, now);
        }
    }
}
