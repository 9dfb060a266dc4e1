package com.crmplatform.contracts.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberIntakeBatchTests {

    private final UUID campaign = UUID.randomUUID();
    private final MemberIntakeBatch batch = new MemberIntakeBatch("acme", "marketing", campaign, Instant.EPOCH);

    @Test
    void answersEveryMemberOfTheRequestInItsOrderAndClaimsOnlyWhatThisBatchTook() {
        UUID earlier = UUID.randomUUID();
        UUID linked = UUID.randomUUID();
        UUID created = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        MemberIntakeResult stored = new MemberIntakeResult(campaign, earlier, IntakeOutcome.CREATED, lead, null);
        batch.alreadyTaken(Map.of(earlier, stored));
        batch.failed(refused, "PHONE_INVALID");
        batch.linked(linked, lead);
        batch.created(created, UUID.randomUUID());

        List<MemberIntakeResult> answers = batch.answers(request(linked, earlier, refused, created, linked));

        assertThat(answers)
                .extracting(MemberIntakeResult::memberId)
                .containsExactly(linked, earlier, refused, created, linked);
        assertThat(answers.get(1)).isSameAs(stored);
        assertThat(answers.get(2).outcome()).isEqualTo(IntakeOutcome.FAILED);
        assertThat(answers.get(2).reason()).isEqualTo("PHONE_INVALID");
        assertThat(answers.get(0).recordId()).isEqualTo(lead);
        assertThat(batch.taken()).extracting(MemberIntakeResult::memberId).containsExactly(linked, created);
        assertThat(batch.decided())
                .extracting(MemberIntakeResult::outcome)
                .containsExactly(IntakeOutcome.LINKED, IntakeOutcome.CREATED, IntakeOutcome.FAILED);
    }

    @Test
    void distinctMembersKeepsTheFirstOfAMemberSentTwice() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        assertThat(MemberIntakeBatch.distinctMembers(request(b, a, b)).keySet()).containsExactly(b, a);
    }

    private MemberIntakeRequest request(UUID... memberIds) {
        List<CampaignMember> members = Arrays.stream(memberIds)
                .map(id -> new CampaignMember(
                        id, "Zhang San", "13800000000", null, null, null, null, null, null, null, null, Map.of()))
                .toList();
        return new MemberIntakeRequest(campaign, "Expo", "EXHIBITION", members);
    }
}
