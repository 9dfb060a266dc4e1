package com.crmplatform.platform.report;

import com.crmplatform.platform.error.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;

/**
 * The window a report counts activity in, from the query parameters {@code from} (inclusive) and {@code to}
 * (exclusive). At most 366 days, so one request cannot make a database read a tenant's whole history; a reversed
 * or too long window is a 400 naming the parameter.
 */
public record ReportPeriod(Instant from, Instant to) {

    static final Duration LONGEST = Duration.ofDays(366);
    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    public ReportPeriod {
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("to", "PeriodOrder", "to must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidRequestException("from", "PeriodLength", "the period must not be longer than 366 days");
        }
    }

    /** The given bounds; {@code to} left out is {@code now}, {@code from} left out is 30 days before {@code to}. */
    public static ReportPeriod of(Instant from, Instant to, Instant now) {
        Instant end = to == null ? now : to;
        return new ReportPeriod(from == null ? end.minus(DEFAULT_LENGTH) : from, end);
    }
}
