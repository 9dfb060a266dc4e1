package com.crmplatform.dealservice.opportunity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.dealservice.customer.domain.KnownCustomer;
import com.crmplatform.dealservice.pipeline.domain.Pipeline;
import com.crmplatform.dealservice.pipeline.domain.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunityTests {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final KnownCustomer customer = new KnownCustomer("acme", UUID.randomUUID(), "Acme", "s1", UUID.randomUUID(), false);
    final OpportunityDetails details =
            new OpportunityDetails("ERP", new BigDecimal("100.00"), "CNY", List.of(), null, List.of(), null);

    @Test
    void aNewOpportunityIsOpenInItsStageAtItsProbabilityWithTheCustomersCampaign() {
        Opportunity o = Opportunity.create(customer, details, Pipeline.DEFAULT.firstOpen(), null, "s1", "s1", NOW);

        assertThat(o.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(o.probability()).isEqualTo(10);
        assertThat(o.sourceCampaignId()).isEqualTo(customer.sourceCampaignId());
        assertThat(Opportunity.create(customer, details, Pipeline.DEFAULT.firstOpen(), 25, "s1", "s1", NOW)
                        .probability())
                .isEqualTo(25);
    }

    @Test
    void losingClosesWithTheReasonAndReopeningClearsBoth() {
        Opportunity open = Opportunity.create(customer, details, Pipeline.DEFAULT.firstOpen(), null, "s1", "s1", NOW);
        Stage lost = Pipeline.DEFAULT.stage(Stage.LOST, "stage");

        Opportunity closed = open.movedTo(lost, "PRICE", NOW.plusSeconds(60));
        assertThat(closed.status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(closed.lossReason()).isEqualTo("PRICE");
        assertThat(closed.closedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(closed.version()).isEqualTo(1);

        Opportunity reopened = closed.movedTo(Pipeline.DEFAULT.openStage("PROPOSAL", "stage"), "PRICE", NOW);
        assertThat(reopened.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(reopened.lossReason()).isNull();
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.probability()).isEqualTo(60);
    }

    @Test
    void winningIgnoresALossReason() {
        Opportunity open = Opportunity.create(customer, details, Pipeline.DEFAULT.firstOpen(), null, "s1", "s1", NOW);
        Opportunity won = open.movedTo(Pipeline.DEFAULT.stage(Stage.WON, "stage"), "PRICE", NOW);

        assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.lossReason()).isNull();
        assertThat(won.probability()).isEqualTo(100);
    }
}
