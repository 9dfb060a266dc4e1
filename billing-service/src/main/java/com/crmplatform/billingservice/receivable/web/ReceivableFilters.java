package com.crmplatform.billingservice.receivable.web;

import com.crmplatform.billingservice.contract.domain.Money;
import com.crmplatform.billingservice.receivable.domain.ReceivableFilter;
import com.crmplatform.billingservice.receivable.domain.ReceivableStatus;
import com.crmplatform.platform.error.InvalidRequestException;
import java.time.YearMonth;
import java.util.UUID;

/** The reports' query parameters checked into a filter. */
final class ReceivableFilters {

    private ReceivableFilters() {}

    static ReceivableFilter of(UUID customerId, String ownerId, String status, String currency) {
        return new ReceivableFilter(
                customerId,
                blank(ownerId) ? null : ownerId.strip(),
                blank(status) ? null : ReceivableStatus.parse(status, "status"),
                blank(currency) ? null : Money.currency(currency, "currency"));
    }

    /** 400 on {@code to} when the month range is upside down. */
    static void requireMonths(YearMonth from, YearMonth to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("to", "Range", "to must not be before from");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
