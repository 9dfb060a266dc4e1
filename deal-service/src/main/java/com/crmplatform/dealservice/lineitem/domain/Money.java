package com.crmplatform.dealservice.lineitem.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The rules every amount of a deal follows: exact to the cent, never negative, in a real ISO 4217 currency. */
public final class Money {

    /** The currency when a client names none. */
    public static final String DEFAULT_CURRENCY = "CNY";

    /** What NUMERIC(19,2) holds before the point; requests are validated to the same {@code @Digits}. */
    public static final int MAX_INTEGER_DIGITS = 17;

    private Money() {}

    /** The currency code, upper-cased; 400 on {@code field} unless it is an ISO 4217 code. */
    public static String currency(String code, String field) {
        if (code == null || code.isBlank()) {
            return DEFAULT_CURRENCY;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(upper);
            return upper;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "Currency", field + " must be an ISO 4217 currency code");
        }
    }

    /**
     * The deal's amount: the sum of its lines when it has any (a given {@code amount} must then equal it), else
     * {@code amount}, which is then required. Scale 2.
     */
    public static BigDecimal amount(BigDecimal amount, List<LineItem> lines) {
        if (lines.isEmpty()) {
            if (amount == null) {
                throw new InvalidRequestException("amount", "NotNull", "amount is required when there are no lines");
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal sum = lines.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.precision() - sum.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidRequestException(
                    "lines",
                    "Digits",
                    "the lines add up to more than " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        if (amount != null && amount.compareTo(sum) != 0) {
            throw new InvalidRequestException(
                    "amount", "SumOfLines", "amount must equal the sum of the lines (" + sum.toPlainString() + ")");
        }
        return sum.setScale(2, RoundingMode.UNNECESSARY);
    }
}
