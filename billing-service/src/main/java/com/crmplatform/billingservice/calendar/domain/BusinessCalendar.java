package com.crmplatform.billingservice.calendar.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The business day money is counted in. Due dates and receipt dates are plain dates, so "today" must be the day of
 * the business ({@code crm.billing.time-zone}, Asia/Shanghai by default), not the server's UTC day: otherwise an
 * installment due today would turn overdue at 08:00 in Shanghai, and a payment received this morning would be "in
 * the future" until then.
 */
@Component
public class BusinessCalendar {

    private final Clock clock;
    private final ZoneId zone;

    BusinessCalendar(Clock clock, @Value("${crm.billing.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }
}
