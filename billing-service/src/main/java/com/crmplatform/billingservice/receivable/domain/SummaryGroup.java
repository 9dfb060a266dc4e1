package com.crmplatform.billingservice.receivable.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.Locale;

/** How the receivables summary groups contracts: by customer, by owner, or collections by month received. */
public enum SummaryGroup {
    CUSTOMER,
    OWNER,
    MONTH;

    /** {@code customer}, {@code OWNER}…; 400 on {@code field} otherwise. */
    public static SummaryGroup parse(String value, String field) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "SummaryGroup", field + " must be customer, owner or month");
        }
    }
}
