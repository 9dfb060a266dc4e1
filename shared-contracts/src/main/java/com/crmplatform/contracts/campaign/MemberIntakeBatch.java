package com.crmplatform.contracts.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an intake (lead-service's or customer-service's, for a {@link MemberIntakeRequest}) knows while it takes one
 * batch in: who and when, the results decided so far, and which of them to claim and to announce. The service keeps
 * what it writes (its leads, customers, contacts) beside it.
 */
public class MemberIntakeBatch {

    private final String tenant;
    private final String actor;
    private final UUID campaignId;
    private final Instant now;
    private final Map<UUID, MemberIntakeResult> results = new HashMap<>();
    private final List<MemberIntakeResult> taken = new ArrayList<>();
    private final List<MemberIntakeResult> failed = new ArrayList<>();

    public MemberIntakeBatch(String tenant, String actor, UUID campaignId, Instant now) {
        this.tenant = tenant;
        this.actor = actor;
        this.campaignId = campaignId;
        this.now = now;
    }

    /** The request's members, each once, by member id in the request's order. */
    public static Map<UUID, CampaignMember> distinctMembers(MemberIntakeRequest request) {
        Map<UUID, CampaignMember> members = new LinkedHashMap<>();
        request.members().forEach(member -> members.putIfAbsent(member.memberId(), member));
        return members;
    }

    /** Results of earlier intakes: answered again, neither claimed nor announced. */
    public void alreadyTaken(Map<UUID, MemberIntakeResult> earlier) {
        results.putAll(earlier);
    }

    public void linked(UUID memberId, UUID recordId) {
        take(new MemberIntakeResult(campaignId, memberId, IntakeOutcome.LINKED, recordId, null));
    }

    public void created(UUID memberId, UUID recordId) {
        take(new MemberIntakeResult(campaignId, memberId, IntakeOutcome.CREATED, recordId, null));
    }

    /** A member the rules refused: answered and announced with the reason, not stored. */
    public void failed(UUID memberId, String reason) {
        MemberIntakeResult result = new MemberIntakeResult(campaignId, memberId, IntakeOutcome.FAILED, null, reason);
        failed.add(result);
        results.put(memberId, result);
    }

    private void take(MemberIntakeResult result) {
        taken.add(result);
        results.put(result.memberId(), result);
    }

    /** The members linked or created by this batch: what it claims. */
    public List<MemberIntakeResult> taken() {
        return List.copyOf(taken);
    }

    /** What this batch decided (taken, then failed): one {@code campaign-member-taken} event each, if announced. */
    public List<MemberIntakeResult> decided() {
        List<MemberIntakeResult> decided = new ArrayList<>(taken);
        decided.addAll(failed);
        return decided;
    }

    /** One result per member of the request, in its order (a member sent twice gets the same result twice). */
    public List<MemberIntakeResult> answers(MemberIntakeRequest request) {
        return request.members().stream()
                .map(member -> results.get(member.memberId()))
                .toList();
    }

    public String tenant() {
        return tenant;
    }

    public String actor() {
        return actor;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public Instant now() {
        return now;
    }
}
