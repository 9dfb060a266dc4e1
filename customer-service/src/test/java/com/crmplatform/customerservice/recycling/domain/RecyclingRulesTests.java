package com.crmplatform.customerservice.recycling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.contracts.customer.RecycleRule;
import com.crmplatform.platform.error.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecyclingRulesTests {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void acceptsTheDefaultsAndTheLimits() {
        new RecyclingRules(true, 30, 90, 3, true);
        new RecyclingRules(false, 1, 1, 0, false);
        new RecyclingRules(true, 3650, 3650, 365, true);
    }

    @Test
    void refusesDaysOutOfRangeNamingTheField() {
        assertRefused(() -> new RecyclingRules(true, 0, 90, 0, true), "noFollowUpDays");
        assertRefused(() -> new RecyclingRules(true, 3651, 90, 0, true), "noFollowUpDays");
        assertRefused(() -> new RecyclingRules(true, 30, 0, 0, true), "noDealDays");
        assertRefused(() -> new RecyclingRules(true, 30, 3651, 0, true), "noDealDays");
        assertRefused(() -> new RecyclingRules(true, 30, 90, -1, true), "warnDaysBefore");
        assertRefused(() -> new RecyclingRules(true, 3650, 3650, 366, true), "warnDaysBefore");
    }

    @Test
    void theWarningMustComeBeforeBothRulesAreDue() {
        assertRefused(() -> new RecyclingRules(true, 3, 90, 3, true), "warnDaysBefore");
        assertRefused(() -> new RecyclingRules(true, 30, 5, 7, true), "warnDaysBefore");
        new RecyclingRules(true, 4, 90, 3, true);
    }

    @Test
    void theRuleDueFirstNamesTheDateAndTheReason() {
        DueCustomer noFollowUp = due(NOW, NOW.plus(Duration.ofDays(1)));
        assertThat(noFollowUp.rule()).isEqualTo(RecycleRule.NO_FOLLOW_UP);
        assertThat(noFollowUp.dueAt()).isEqualTo(NOW);
        assertThat(noFollowUp.reason()).isEqualTo("no follow-up for 30 days");

        DueCustomer noDeal = due(NOW, NOW.minus(Duration.ofDays(1)));
        assertThat(noDeal.rule()).isEqualTo(RecycleRule.NO_DEAL);
        assertThat(noDeal.dueAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(noDeal.reason()).isEqualTo("no deal within 90 days");

        DueCustomer withDeal = due(NOW, null);
        assertThat(withDeal.rule()).isEqualTo(RecycleRule.NO_FOLLOW_UP);
        assertThat(withDeal.dueAt()).isEqualTo(NOW);
    }

    private static DueCustomer due(Instant followUpDueAt, Instant dealDueAt) {
        return new DueCustomer("acme", UUID.randomUUID(), "s1", followUpDueAt, dealDueAt, 30, 90);
    }

    private static void assertRefused(Runnable rules, String field) {
        assertThatThrownBy(rules::run)
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).field()).isEqualTo(field));
    }
}
