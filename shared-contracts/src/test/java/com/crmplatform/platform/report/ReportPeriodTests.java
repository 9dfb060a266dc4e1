package com.crmplatform.platform.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportPeriodTests {

    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void boundsLeftOutAreTheLast30DaysUpToNow() {
        assertThat(ReportPeriod.of(null, null, now))
                .isEqualTo(new ReportPeriod(Instant.parse("2026-11-01T10:00:00Z"), now));
        Instant to = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(ReportPeriod.of(null, to, now).from()).isEqualTo(to.minus(Duration.ofDays(30)));
    }

    @Test
    void aReversedOrEmptyWindowNamesTo() {
        assertThatThrownBy(() -> ReportPeriod.of(now, now, now))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("to must be after"));
    }

    @Test
    void aWindowOver366DaysNamesFromAndOneOf366DaysIsAllowed() {
        assertThat(ReportPeriod.of(now.minus(Duration.ofDays(366)), now, now).from())
                .isEqualTo(now.minus(Duration.ofDays(366)));
        assertThatThrownBy(() -> ReportPeriod.of(now.minus(Duration.ofDays(367)), now, now))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("366 days");
    }
}
