package com.crmplatform.campaignservice.campaign.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** The rules of a campaign's amounts (as deal-service's): exact to the cent, never negative, an ISO 4217 currency. */
public final class CampaignMoney {

    /** The currency when a client names none. */
    public static final String DEFAULT_CURRENCY = "CNY";

    /** What NUMERIC(19,2) holds before the point; requests are validated to the same {@code @Digits}. */
    public static final int MAX_INTEGER_DIGITS = 17;

    private CampaignMoney() {}

    /** The currency code, upper-cased; CNY when blank; 400 on {@code currency} unless it is an ISO 4217 code. */
    public static String currency(String code) {
        if (code == null || code.isBlank()) {
            return DEFAULT_CURRENCY;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(upper);
            return upper;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("currency", "Currency", "currency must be an ISO 4217 currency code");
        }
    }

    /** The amount at scale 2 (the request's {@code @Digits} already refused more decimals), or null. */
    public static BigDecimal amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
