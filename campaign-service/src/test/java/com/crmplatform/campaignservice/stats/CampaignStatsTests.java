package com.crmplatform.campaignservice.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.campaignservice.stats.domain.CampaignCost;
import com.crmplatform.campaignservice.stats.domain.CampaignStats;
import com.crmplatform.campaignservice.stats.domain.CurrencyAmounts;
import com.crmplatform.campaignservice.stats.domain.Funnel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignStatsTests {

    private static final CampaignCost SUMMIT = new CampaignCost(
            UUID.randomUUID(),
            "CNY",
            new BigDecimal("100000.00"),
            null,
            Instant.parse("2026-03-01T01:00:00Z"),
            Instant.parse("2026-03-02T10:00:00Z"));

    private static final Funnel COURSE = new Funnel(2000, 800, 130, 120, 100, 100, 30, 10, 6, 0);

    @Test
    void theCourseExampleGivesRoiFortyNine() {
        CampaignStats stats =
                of(SUMMIT, new CurrencyAmounts("CNY", 5, new BigDecimal("5000000"), new BigDecimal("1200000.5")));

        assertThat(stats.contracts()).isEqualTo(5);
        assertThat(stats.contractAmount()).hasToString("5000000.00");
        assertThat(stats.collectedAmount()).hasToString("1200000.50");
        assertThat(stats.cost()).hasToString("100000.00");
        assertThat(stats.roi()).hasToString("49.0000");
        assertThat(stats.roiCollected()).hasToString("11.0000");
        assertThat(stats.conversion().visitorsToMembers()).hasToString("0.1500");
        assertThat(stats.conversion().membersToLeads()).hasToString("0.8333");
        assertThat(stats.conversion().leadsToCustomers()).hasToString("0.3000");
        assertThat(stats.conversion().customersToOpportunities()).hasToString("0.3333");
        assertThat(stats.conversion().opportunitiesToWon()).hasToString("0.6000");
        assertThat(stats.conversion().wonToContracts()).hasToString("0.8333");
        assertThat(stats.otherCurrencies()).isEmpty();
    }

    @Test
    void otherCurrenciesAreListedApartAndLeftOutOfRoi() {
        CampaignStats stats = of(
                SUMMIT,
                new CurrencyAmounts("CNY", 5, new BigDecimal("5000000.00"), BigDecimal.ZERO),
                new CurrencyAmounts("USD", 1, new BigDecimal("70000"), new BigDecimal("10000")));

        assertThat(stats.contracts()).isEqualTo(5);
        assertThat(stats.roi()).hasToString("49.0000");
        assertThat(stats.roiCollected()).hasToString("-1.0000");
        assertThat(stats.otherCurrencies())
                .containsExactly(new CurrencyAmounts("USD", 1, new BigDecimal("70000.00"), new BigDecimal("10000.00")));
    }

    @Test
    void withoutRevenueInItsCurrencyTheCampaignShowsZerosAndNoConversionAfterAnEmptyStep() {
        CampaignStats stats = of(SUMMIT, new CurrencyAmounts("EUR", 1, BigDecimal.TEN, BigDecimal.ONE));

        assertThat(stats.contractAmount()).hasToString("0.00");
        assertThat(stats.collectedAmount()).hasToString("0.00");
        assertThat(stats.contracts()).isZero();
        assertThat(stats.roi()).hasToString("-1.0000");
        assertThat(stats.conversion().wonToContracts()).hasToString("0.0000");

        CampaignStats empty =
                CampaignStats.of(SUMMIT, new Funnel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), List.of(), day(), day(), List.of());
        assertThat(empty.conversion().visitorsToMembers()).isNull();
        assertThat(empty.conversion().leadsToCustomers()).isNull();
        assertThat(empty.conversion().wonToContracts()).isNull();
    }

    @Test
    void aZeroCostHasNoRoi() {
        CampaignCost free = new CampaignCost(
                SUMMIT.id(), "CNY", new BigDecimal("100000.00"), BigDecimal.ZERO, SUMMIT.startAt(), SUMMIT.endAt());
        CampaignStats stats = of(free, new CurrencyAmounts("CNY", 5, new BigDecimal("5000000"), BigDecimal.ZERO));

        assertThat(stats.cost()).hasToString("0.00");
        assertThat(stats.roi()).isNull();
        assertThat(stats.roiCollected()).isNull();
    }

    private static CampaignStats of(CampaignCost campaign, CurrencyAmounts... revenue) {
        return CampaignStats.of(campaign, COURSE, List.of(revenue), day(), day(), List.of());
    }

    private static LocalDate day() {
        return LocalDate.of(2026, 3, 1);
    }
}
