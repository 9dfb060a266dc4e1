package com.crmplatform.campaignservice.stats.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The exact arithmetic of campaign data: money at two decimals, ROI and conversion rates as decimals at four
 * (half-even, the banker's rounding finance uses), never a double.
 */
public final class StatsMath {

    /** Scale of ROI and conversion rates: 49.0000 means 4,900 %, 0.3000 means 30 %. */
    public static final int RATE_SCALE = 4;

    private StatsMath() {}

    /** Money as the API shows it: two decimals, zero when nothing was summed. */
    public static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** What the campaign cost: the actual cost once entered (even 0), else the budget. */
    public static BigDecimal cost(BigDecimal budget, BigDecimal actualCost) {
        return money(actualCost != null ? actualCost : budget);
    }

    /** (revenue − cost) / cost; null when the cost is 0, where a return on nothing has no meaning. */
    public static BigDecimal roi(BigDecimal revenue, BigDecimal cost) {
        if (cost.signum() == 0) {
            return null;
        }
        return money(revenue).subtract(cost).divide(cost, RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The share of {@code previous} that reached the next step; null when the previous step is 0. */
    public static BigDecimal rate(long reached, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(previous), RATE_SCALE, RoundingMode.HALF_EVEN);
    }
}
