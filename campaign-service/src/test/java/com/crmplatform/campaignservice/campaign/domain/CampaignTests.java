package com.crmplatform.campaignservice.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The status machine and what may change in each status. */
class CampaignTests {

    static final Instant NOW = Instant.parse("2030-05-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(CampaignStatus.class)
    void allowsExactlyTheMovesOfTheStatusTable(CampaignStatus status) {
        Set<CampaignAction> allowed = switch (status) {
            case DRAFT -> EnumSet.of(CampaignAction.PUBLISH, CampaignAction.CANCEL);
            case PUBLISHED -> EnumSet.of(CampaignAction.CLOSE, CampaignAction.CANCEL);
            case CLOSED, CANCELLED -> EnumSet.noneOf(CampaignAction.class);
        };
        for (CampaignAction action : CampaignAction.values()) {
            assertThat(status.allows(action)).as(status + " " + action).isEqualTo(allowed.contains(action));
            if (!allowed.contains(action)) {
                assertThatThrownBy(() -> status.require(action)).isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(e.properties())
                            .containsEntry("status", status.name())
                            .containsEntry("action", action.name());
                });
            }
        }
    }

    @Test
    void publishingNeedsAFormAndAFutureEndAndGivesAnOnlineCampaignItsLink() {
        Campaign draft = draft(CampaignMode.ONLINE);
        assertThat(reason(() -> draft.published("token", NOW))).isEqualTo("FORM_REQUIRED");

        Campaign withForm = draft.withForm(1, NOW);
        assertThat(reason(() -> withForm.published("token", withForm.details().endAt())))
                .isEqualTo("CAMPAIGN_ENDED");

        Campaign published = withForm.published("token", NOW);
        assertThat(published.status()).isEqualTo(CampaignStatus.PUBLISHED);
        assertThat(published.linkToken()).isEqualTo("token");
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(published.version()).isEqualTo(draft.version() + 2);
        assertThat(published.acceptsSubmissions(NOW)).isTrue();
        assertThat(published.acceptsSubmissions(published.details().endAt())).isFalse();
        assertThat(published.acceptsSubmissions(published.details().startAt().minusSeconds(1)))
                .isFalse();

        Campaign offline = draft(CampaignMode.OFFLINE).withForm(1, NOW).published("token", NOW);
        assertThat(offline.linkToken()).isNull();
        assertThat(offline.acceptsSubmissions(NOW)).isFalse();
        assertThat(reason(offline::requireLinkToken)).isEqualTo("CAMPAIGN_OFFLINE");
        assertThat(reason(() -> draft.requireLinkToken())).isEqualTo("CAMPAIGN_NOT_PUBLISHED");
    }

    @Test
    void closingAndCancellingEndTheCampaignAndItsForm() {
        Campaign published = draft(CampaignMode.ONLINE).withForm(1, NOW).published("token", NOW);
        Campaign closed = published.closed(NOW.plusSeconds(60));
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(closed.linkToken()).isEqualTo("token");
        assertThat(closed.acceptsSubmissions(NOW.plusSeconds(120))).isFalse();
        assertThat(reason(() -> closed.withForm(2, NOW))).isEqualTo("CAMPAIGN_NOT_EDITABLE");
        assertThat(reason(() -> closed.withNewLinkToken("other", NOW))).isEqualTo("CAMPAIGN_NOT_PUBLISHED");
        assertThat(draft(CampaignMode.ONLINE).cancelled(NOW).status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(published.cancelled(NOW).changed("u1").status()).isEqualTo("CANCELLED");
    }

    @Test
    void aPublishedCampaignKeepsItsModeAndTargetAndAFinalOneOnlyTakesCostAndDescription() {
        Campaign published = draft(CampaignMode.ONLINE).withForm(1, NOW).published("token", NOW);
        CampaignDetails d = published.details();
        assertThat(field(() -> published.edited(with(d, CampaignMode.OFFLINE, d.targetObject(), d.name()), NOW)))
                .isEqualTo("mode");
        assertThat(field(() -> published.edited(with(d, d.mode(), TargetObject.CUSTOMER, d.name()), NOW)))
                .isEqualTo("targetObject");
        assertThat(published
                        .edited(with(d, d.mode(), d.targetObject(), "Renamed"), NOW)
                        .details()
                        .name())
                .isEqualTo("Renamed");

        Campaign closed = published.closed(NOW);
        CampaignDetails costed = new CampaignDetails(
                d.name(),
                d.type(),
                d.mode(),
                d.startAt(),
                d.endAt(),
                d.ownerId(),
                new BigDecimal("100.00"),
                d.currency(),
                new BigDecimal("80.00"),
                d.expectedLeads(),
                new BigDecimal("1000.0"),
                d.targetObject(),
                "How it went",
                d.autoSync());
        assertThat(closed.edited(costed, NOW).details().actualCost()).isEqualByComparingTo("80");
        assertThat(reason(() -> closed.edited(with(d, d.mode(), d.targetObject(), "Renamed"), NOW)))
                .isEqualTo("CAMPAIGN_NOT_EDITABLE");
    }

    @Test
    void refusesAnEndBeforeItsStart() {
        CampaignDetails d = draft(CampaignMode.ONLINE).details();
        CampaignDetails backwards = new CampaignDetails(
                d.name(),
                d.type(),
                d.mode(),
                d.endAt(),
                d.startAt(),
                d.ownerId(),
                d.budget(),
                d.currency(),
                null,
                null,
                null,
                d.targetObject(),
                null,
                false);
        assertThatThrownBy(() -> Campaign.create("t", backwards, "u1", NOW))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("endAt"));
    }

    @Test
    void linkTokensAreLongRandomAndUrlSafe() {
        String a = LinkTokens.next();
        assertThat(a).matches("[A-Za-z0-9_-]{24}"); // 144 bits
        assertThat(LinkTokens.next()).isNotEqualTo(a);
        assertThat(LinkTokens.looksLikeToken(a)).isTrue();
        assertThat(LinkTokens.looksLikeToken("a/b")).isFalse();
    }

    static Campaign draft(CampaignMode mode) {
        CampaignDetails details = new CampaignDetails(
                "Summit",
                "CONFERENCE",
                mode,
                NOW.minus(1, ChronoUnit.DAYS),
                NOW.plus(2, ChronoUnit.DAYS),
                "u1",
                new BigDecimal("100.00"),
                "CNY",
                null,
                100,
                new BigDecimal("1000.00"),
                TargetObject.LEAD,
                null,
                false);
        return Campaign.create("t", details, "u1", NOW.minus(2, ChronoUnit.DAYS));
    }

    static CampaignDetails with(CampaignDetails d, CampaignMode mode, TargetObject target, String name) {
        return new CampaignDetails(
                name,
                d.type(),
                mode,
                d.startAt(),
                d.endAt(),
                d.ownerId(),
                d.budget(),
                d.currency(),
                d.actualCost(),
                d.expectedLeads(),
                d.expectedRevenue(),
                target,
                d.description(),
                d.autoSync());
    }

    static String reason(Runnable call) {
        try {
            call.run();
        } catch (CrmException e) {
            return e.reason();
        }
        throw new AssertionError("expected a refusal");
    }

    static Object field(Runnable call) {
        try {
            call.run();
        } catch (CrmException e) {
            return e.properties().get("field");
        }
        throw new AssertionError("expected a refusal");
    }
}
