package com.crmplatform.billingservice.contract.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** The rules every amount follows here: exact to the cent, in a real ISO 4217 currency. */
public final class Money {

    private Money() {}

    /** The currency code, upper-cased; 400 on {@code field} unless it is an ISO 4217 code. */
    public static String currency(String code, String field) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(upper);
            return upper;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "Currency", field + " must be an ISO 4217 currency code");
        }
    }

    /** Scale 2, which Bean Validation's {@code @Digits(fraction = 2)} already guaranteed fits without rounding. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
