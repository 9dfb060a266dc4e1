package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.contracts.campaign.MemberCaptured;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's members: listing, offline entry by marketing, and the capture every way in shares — one member per
 * person and campaign (same normalized phone or e-mail ⇒ the same member, updated), and one member-captured event
 * per accepted submission, in the same transaction.
 */
@Service
public class MemberService {

    /** Captures of up to this many people lock their contacts; larger ones lock the campaign's members. */
    static final int CONTACT_LOCK_LIMIT = 10;

    /** Statuses that take offline entries: cards are typed in during and after the event. */
    private static final Set<String> OPEN_FOR_ENTRY = Set.of(CampaignInfo.PUBLISHED, CampaignInfo.CLOSED);

    private final MemberRepository members;
    private final CampaignForms campaigns;
    private final Outbox outbox;
    private final Clock clock;

    MemberService(MemberRepository members, CampaignForms campaigns, Outbox outbox, Clock clock) {
        this.members = members;
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<Member> list(UUID campaignId, MemberFilter filter, PageQuery page, CurrentUser user) {
        campaign(campaignId, user);
        return members.search(user.tenant(), campaignId, filter, page);
    }

    @Transactional(readOnly = true)
    public Member get(UUID campaignId, UUID memberId, CurrentUser user) {
        campaign(campaignId, user);
        return members.find(user.tenant(), campaignId, memberId)
                .orElseThrow(() -> new NotFoundException("Member", memberId));
    }

    /** One person entered by marketing; 400 {@code INVALID_ANSWERS} when the answers do not fit the form. */
    @Transactional
    public CaptureOutcome enter(UUID campaignId, Map<String, ?> answers, CurrentUser user) {
        CampaignInfo campaign = openForEntry(campaignId, user);
        AnswerCheck check = AnswerValidation.check(campaign.form(), answers);
        if (!check.valid()) {
            throw new InvalidAnswersException(check.errors());
        }
        return capture(campaign, List.of(check), MemberOrigin.OFFLINE, user.id())
                .getFirst();
    }

    /**
     * Several people entered by marketing: each is created, merged or refused on its own (a null item is refused with
     * {@code answers NotNull}).
     */
    @Transactional
    public List<CaptureOutcome> enterAll(UUID campaignId, List<? extends Map<String, ?>> items, CurrentUser user) {
        CampaignInfo campaign = openForEntry(campaignId, user);
        List<AnswerCheck> checks = items.stream()
                .map(answers -> answers == null
                        ? new AnswerCheck(
                                campaign.form().version(),
                                Map.of(),
                                null,
                                null,
                                null,
                                List.of(new FieldViolation("answers", "NotNull", "must be an object of answers")))
                        : AnswerValidation.check(campaign.form(), answers))
                .toList();
        return capture(campaign, checks, MemberOrigin.OFFLINE, user.id());
    }

    /** A public submission whose campaign the caller found open and whose answers it checked. */
    @Transactional
    public CaptureOutcome submitOnline(CampaignInfo campaign, AnswerCheck check) {
        return capture(campaign, List.of(check), MemberOrigin.ONLINE, null).getFirst();
    }

    /**
     * Members not yet synced (PENDING or FAILED), oldest id first after {@code afterId} (null: from the start), at
     * most {@code limit}: how the sync pages through a campaign. No tenant check beyond the campaign's own tenant.
     */
    @Transactional(readOnly = true)
    public List<Member> unsynced(String tenant, UUID campaignId, UUID afterId, int limit) {
        return members.findUnsynced(tenant, campaignId, afterId, limit);
    }

    /** The tenant's campaign for an offline entry: 404, or 409 when it is a draft, cancelled or has no form. */
    public CampaignInfo openForEntry(UUID campaignId, CurrentUser user) {
        CampaignInfo campaign = campaign(campaignId, user);
        if (!OPEN_FOR_ENTRY.contains(campaign.status())) {
            throw new ConflictException(
                    "CAMPAIGN_NOT_OPEN",
                    "Members can be entered only for a published or closed campaign; this one is " + campaign.status(),
                    Map.of("status", campaign.status()));
        }
        if (campaign.form() == null) {
            throw new ConflictException("CAMPAIGN_FORM_MISSING", "The campaign has no form yet");
        }
        return campaign;
    }

    private CampaignInfo campaign(UUID campaignId, CurrentUser user) {
        return campaigns
                .find(user.tenant(), campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    /**
     * Stores the valid checks in order: a person already in the campaign (or earlier in the batch) by phone or e-mail
     * is merged into that member, anyone else becomes a new member. Runs in the caller's transaction (the outbox
     * refuses to publish outside one).
     */
    public List<CaptureOutcome> capture(
            CampaignInfo campaign, List<AnswerCheck> checks, MemberOrigin origin, String capturedBy) {
        Instant now = clock.instant();
        List<AnswerCheck> valid = checks.stream().filter(AnswerCheck::valid).toList();
        Map<String, Member> byContact = new HashMap<>();
        if (!valid.isEmpty()) {
            lock(campaign, valid);
            List<String> phones = valid.stream()
                    .map(AnswerCheck::phone)
                    .filter(p -> p != null)
                    .toList();
            List<String> emails = valid.stream()
                    .map(AnswerCheck::email)
                    .filter(e -> e != null)
                    .toList();
            members.findByContacts(campaign.id(), phones, emails).forEach(member -> index(byContact, member));
        }

        Map<UUID, Member> created = new LinkedHashMap<>();
        Map<UUID, Member> merged = new LinkedHashMap<>();
        List<CaptureOutcome> outcomes = new ArrayList<>(checks.size());
        for (int i = 0; i < checks.size(); i++) {
            AnswerCheck check = checks.get(i);
            if (!check.valid()) {
                outcomes.add(new CaptureOutcome(i, CaptureOutcome.Outcome.INVALID, null, check.errors()));
                continue;
            }
            Member existing = existing(byContact, check);
            Member member;
            if (existing == null) {
                member = Member.capture(campaign.tenant(), campaign.id(), check, origin, capturedBy, now);
                created.put(member.id(), member);
            } else {
                member = existing.resubmitted(
                        check,
                        check.phone() == null || !byContact.containsKey(phoneKey(check.phone())),
                        check.email() == null || !byContact.containsKey(emailKey(check.email())),
                        now);
                (created.containsKey(member.id()) ? created : merged).put(member.id(), member);
            }
            index(byContact, member);
            outcomes.add(new CaptureOutcome(
                    i,
                    existing == null ? CaptureOutcome.Outcome.CREATED : CaptureOutcome.Outcome.MERGED,
                    member,
                    List.of()));
        }
        members.insertAll(List.copyOf(created.values()));
        members.updateAll(List.copyOf(merged.values()));
        List<MemberCaptured> events = outcomes.stream()
                .filter(outcome -> outcome.member() != null)
                .map(outcome -> captured(campaign, outcome.member(), origin, capturedBy, now))
                .toList();
        if (!events.isEmpty()) {
            outbox.publishAll(CampaignEvents.MEMBER_CAPTURED, campaign.tenant(), events, MemberCaptured::campaignId);
        }
        return outcomes;
    }

    private static MemberCaptured captured(
            CampaignInfo campaign, Member member, MemberOrigin origin, String capturedBy, Instant now) {
        return new MemberCaptured(
                campaign.id(),
                campaign.name(),
                campaign.type(),
                campaign.targetObject(),
                campaign.autoSync(),
                origin.name(),
                CampaignMembers.of(member),
                capturedBy,
                now);
    }

    private static Member existing(Map<String, Member> byContact, AnswerCheck check) {
        Member byPhone = check.phone() == null ? null : byContact.get(phoneKey(check.phone()));
        return byPhone != null ? byPhone : check.email() == null ? null : byContact.get(emailKey(check.email()));
    }

    private static void index(Map<String, Member> byContact, Member member) {
        if (member.phone() != null) {
            byContact.put(phoneKey(member.phone()), member);
        }
        if (member.email() != null) {
            byContact.put(emailKey(member.email()), member);
        }
    }

    /**
     * A few people (a sign-up, an offline card): only their contacts are locked, so visitors of one campaign sign up
     * side by side. A batch (an array, an import): the whole campaign, rather than thousands of locks.
     */
    private void lock(CampaignInfo campaign, List<AnswerCheck> valid) {
        if (valid.size() > CONTACT_LOCK_LIMIT) {
            members.lockCampaignMembers(campaign.id());
            return;
        }
        List<String> keys = new ArrayList<>();
        for (AnswerCheck check : valid) {
            if (check.phone() != null) {
                keys.add(phoneKey(check.phone()));
            }
            if (check.email() != null) {
                keys.add(emailKey(check.email()));
            }
        }
        members.lockContacts(campaign.id(), keys);
    }

    private static String phoneKey(String phone) {
        return "p:" + phone;
    }

    private static String emailKey(String email) {
        return "e:" + email;
    }
}
