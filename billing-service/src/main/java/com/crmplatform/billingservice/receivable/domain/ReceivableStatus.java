package com.crmplatform.billingservice.receivable.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.Locale;

/** Where a contract's money stands: exactly one of these. */
public enum ReceivableStatus {
    /** Confirmed payments reached the contract's amount. */
    PAID,
    /** Not paid, and some installment is past due and not fully paid. */
    OVERDUE,
    /** Not paid, nothing overdue (yet). */
    OUTSTANDING;

    /** {@code overdue}, {@code OVERDUE}…; 400 on {@code field} otherwise. */
    public static ReceivableStatus parse(String value, String field) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    field, "ReceivableStatus", field + " must be overdue, outstanding or paid");
        }
    }
}
