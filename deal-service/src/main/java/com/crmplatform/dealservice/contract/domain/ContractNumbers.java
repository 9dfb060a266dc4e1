package com.crmplatform.dealservice.contract.domain;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Each tenant's contract numbers, one sequence per year: {@code HT-2026-000123}. A number is taken in the creating
 * transaction and its sequence row stays locked until that transaction ends, so numbers are given in commit order
 * and a committed one is never given again (one rolled back is).
 */
public interface ContractNumbers {

    /** The next value of the tenant's sequence for {@code year}, from 1. */
    long next(String tenant, int year);

    /** The next number of the tenant for the year {@code now} is in (UTC, as every time of the platform). */
    default String nextNumber(String tenant, Instant now) {
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        return "HT-%d-%06d".formatted(year, next(tenant, year));
    }
}
