package com.crmplatform.billingservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of every IT of this service: the system clock until a test fixes it on a day, so due dates, overdue and
 * aging are tested on known dates. {@link BillingServiceIT} resets it around each test.
 */
public class MutableClock extends Clock {

    /** The business time zone of the tests (the default of {@code crm.billing.time-zone}). */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** Fixes the clock at noon of {@code day} in the business time zone. */
    public void setToday(LocalDate day) {
        fixed.set(day.atTime(LocalTime.NOON).atZone(BUSINESS_ZONE).toInstant());
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }
}
