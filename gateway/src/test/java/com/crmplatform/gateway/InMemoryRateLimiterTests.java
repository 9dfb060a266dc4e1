package com.crmplatform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.gateway.GatewayProperties.PublicRateLimit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

class InMemoryRateLimiterTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    /** 3 at once, then 1 more every 2 seconds. */
    private final InMemoryRateLimiter limiter =
            new InMemoryRateLimiter(new PublicRateLimit(3, 1, Duration.ofSeconds(2), 100, 0), nanos::get);

    @Test
    void allowsABurstOfCapacityThenRefuses() {
        assertThat(ask("10.0.0.1").getHeaders()).containsEntry(InMemoryRateLimiter.REMAINING_HEADER, "2");
        assertThat(ask("10.0.0.1").isAllowed()).isTrue();
        assertThat(ask("10.0.0.1").isAllowed()).isTrue();

        Response refused = ask("10.0.0.1");

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders())
                .containsEntry(InMemoryRateLimiter.REMAINING_HEADER, "0")
                .containsEntry(InMemoryRateLimiter.BURST_CAPACITY_HEADER, "3")
                .containsEntry(InMemoryRateLimiter.RETRY_AFTER_HEADER, "2");
    }

    @Test
    void refillsAtTheConfiguredRate() {
        drain("10.0.0.1");

        advance(Duration.ofMillis(1_999));
        assertThat(ask("10.0.0.1").isAllowed()).isFalse();

        advance(Duration.ofMillis(1));
        assertThat(ask("10.0.0.1").isAllowed()).isTrue();
        assertThat(ask("10.0.0.1").isAllowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanCapacity() {
        drain("10.0.0.1");
        advance(Duration.ofHours(1));

        drain("10.0.0.1");

        assertThat(ask("10.0.0.1").isAllowed()).isFalse();
    }

    @Test
    void countsEachClientAndRouteSeparately() {
        drain("10.0.0.1");

        assertThat(ask("10.0.0.2").isAllowed()).isTrue();
        assertThat(limiter.isAllowed("other-route", "10.0.0.1").block().isAllowed())
                .isTrue();
    }

    @Test
    void dropsIdleBucketsAboveMaxTrackedClients() {
        for (int i = 0; i < 100; i++) {
            ask("10.0.1." + i);
        }
        advance(Duration.ofSeconds(10)); // all 100 are full (idle) again

        drain("10.0.0.1"); // the 101st client makes room

        assertThat(limiter.trackedClients()).isEqualTo(1);
        assertThat(ask("10.0.0.1").isAllowed()).isFalse();
    }

    @Test
    void resetsAllBucketsWhenAFloodOfClientsFillsTheTable() {
        for (int i = 0; i < 100; i++) {
            ask("10.0.1." + i);
        }

        ask("10.0.0.1");

        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    private Response ask(String client) {
        return limiter.isAllowed("campaign-service-public", client).block();
    }

    private void drain(String client) {
        while (ask(client).isAllowed()) {
            // take every token
        }
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
