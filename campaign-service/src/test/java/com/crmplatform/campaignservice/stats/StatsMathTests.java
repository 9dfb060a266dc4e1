package com.crmplatform.campaignservice.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.campaignservice.stats.domain.StatsMath;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatsMathTests {

    @Test
    void roiOfTheCourseExampleIsFortyNine() {
        assertThat(StatsMath.roi(new BigDecimal("5000000"), new BigDecimal("100000.00")))
                .isEqualByComparingTo("49")
                .hasToString("49.0000");
    }

    @Test
    void roiIsNegativeWhenRevenueIsBelowCost() {
        assertThat(StatsMath.roi(BigDecimal.ZERO, new BigDecimal("100000.00"))).hasToString("-1.0000");
        assertThat(StatsMath.roi(new BigDecimal("25000.00"), new BigDecimal("100000.00")))
                .hasToString("-0.7500");
    }

    @Test
    void roiRoundsHalfEvenAtFourDecimals() {
        // (1 - 3) / 3 = -0.666666…; 5 / 100000 = 0.00005 and 25 / 100000 = 0.00025 are exact halves: half-even
        // keeps the even digit (HALF_UP would give 0.0001 and 0.0003)
        assertThat(StatsMath.roi(new BigDecimal("1.00"), new BigDecimal("3.00")))
                .hasToString("-0.6667");
        assertThat(StatsMath.roi(new BigDecimal("100005.00"), new BigDecimal("100000.00")))
                .hasToString("0.0000");
        assertThat(StatsMath.roi(new BigDecimal("100015.00"), new BigDecimal("100000.00")))
                .hasToString("0.0002");
        assertThat(StatsMath.roi(new BigDecimal("100025.00"), new BigDecimal("100000.00")))
                .hasToString("0.0002");
    }

    @Test
    void roiIsNullWhenNothingWasSpent() {
        assertThat(StatsMath.roi(new BigDecimal("5000000.00"), new BigDecimal("0.00")))
                .isNull();
    }

    @Test
    void actualCostReplacesTheBudgetOnceEnteredEvenWhenZero() {
        assertThat(StatsMath.cost(new BigDecimal("100000"), null)).hasToString("100000.00");
        assertThat(StatsMath.cost(new BigDecimal("100000"), new BigDecimal("80000.5")))
                .hasToString("80000.50");
        assertThat(StatsMath.cost(new BigDecimal("100000"), BigDecimal.ZERO)).hasToString("0.00");
    }

    @Test
    void rateIsTheShareOfThePreviousStepAndNullAfterZero() {
        assertThat(StatsMath.rate(30, 100)).hasToString("0.3000");
        assertThat(StatsMath.rate(10, 30)).hasToString("0.3333");
        assertThat(StatsMath.rate(2, 3)).hasToString("0.6667");
        assertThat(StatsMath.rate(0, 5)).hasToString("0.0000");
        assertThat(StatsMath.rate(5, 0)).isNull();
        assertThat(StatsMath.rate(0, 0)).isNull();
    }
}
