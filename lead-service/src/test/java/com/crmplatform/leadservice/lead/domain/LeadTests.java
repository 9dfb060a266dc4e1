package com.crmplatform.leadservice.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.platform.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status machine and what each change does to a lead. */
class LeadTests {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void goesFromThePoolToFollowingAndEachChangeBumpsTheVersion() {
        Lead pooled = capture(false);
        Lead assigned = pooled.ownedBy("s1", LeadAction.ASSIGN, T0.plusSeconds(1));
        Lead followed = assigned.followedUp(T0.plusSeconds(2), T0.plus(Duration.ofDays(3)), T0.plusSeconds(3));

        assertThat(pooled.inPool()).isTrue();
        assertThat(assigned.status()).isEqualTo(LeadStatus.ASSIGNED);
        assertThat(assigned.ownedSince()).isEqualTo(T0.plusSeconds(1));
        assertThat(followed.status()).isEqualTo(LeadStatus.FOLLOWING);
        assertThat(followed.lastFollowUpAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(followed.version()).isEqualTo(2);
    }

    @Test
    void anOlderFollowUpDoesNotMoveTheLastFollowUpBack() {
        Lead lead = capture(true).followedUp(T0.plusSeconds(100), null, T0.plusSeconds(100));
        assertThat(lead.followedUp(T0.plusSeconds(50), null, T0.plusSeconds(101))
                        .lastFollowUpAt())
                .isEqualTo(T0.plusSeconds(100));
    }

    @Test
    void releasingClearsOwnerAndPlannedFollowUp() {
        Lead lead = capture(true).followedUp(T0, T0.plusSeconds(60), T0).returnedToPool(LeadAction.RELEASE, T0);
        assertThat(lead.inPool()).isTrue();
        assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.nextFollowUpAt()).isNull();
        assertThat(lead.ownedSince()).isNull();
    }

    @Test
    void anInvalidLeadAcceptsOnlyARestoreWhichReturnsItWhereItWas() {
        Lead invalid = capture(true).followedUp(T0, null, T0).invalidated("spam", T0);

        for (LeadAction action : LeadAction.values()) {
            assertThat(LeadStatus.INVALID.allows(action)).isEqualTo(action == LeadAction.RESTORE);
        }
        assertThatThrownBy(() -> invalid.ownedBy("s2", LeadAction.CLAIM, T0))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(e.properties()).containsEntry("status", "INVALID");
                });
        assertThat(invalid.restored(T0).status()).isEqualTo(LeadStatus.FOLLOWING);
        assertThat(capture(false).invalidated("x", T0).restored(T0).status()).isEqualTo(LeadStatus.NEW);
        assertThat(capture(true).invalidated("x", T0).restored(T0).status()).isEqualTo(LeadStatus.ASSIGNED);
    }

    @Test
    void aConvertedLeadIsFinal() {
        for (LeadAction action : LeadAction.values()) {
            assertThat(LeadStatus.CONVERTED.allows(action)).isFalse();
        }
        assertThat(LeadStatus.NEW.allows(LeadAction.RESTORE)).isFalse();
    }

    @Test
    void normalizesPhoneToDigitsAndEmailToLowerCase() {
        ContactDetails contact = new ContactDetails("Z", null, null, "+86 138-0000 0000", " ZS@Acme.CN ", null);
        assertThat(contact.normalizedPhone()).isEqualTo("8613800000000");
        assertThat(contact.normalizedEmail()).isEqualTo("zs@acme.cn");
        assertThat(ContactDetails.normalizePhone("--")).isNull();
    }

    private static Lead capture(boolean bySalesperson) {
        return Lead.capture(
                new NewLead(
                        new ContactDetails("Zhang San", "Acme", null, "13800000000", null, null),
                        new LeadProfile(null, "Shanghai", null, Map.of("budget", "50k")),
                        LeadSource.TRADE_SHOW,
                        null),
                "acme",
                "s1",
                bySalesperson,
                T0);
    }
}
