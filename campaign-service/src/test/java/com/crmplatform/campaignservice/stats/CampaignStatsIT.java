package com.crmplatform.campaignservice.stats;

import static com.crmplatform.campaignservice.stats.StatsEventFixtures.contract;
import static com.crmplatform.campaignservice.stats.StatsEventFixtures.customerCreated;
import static com.crmplatform.campaignservice.stats.StatsEventFixtures.leadConverted;
import static com.crmplatform.campaignservice.stats.StatsEventFixtures.leadCreated;
import static com.crmplatform.campaignservice.stats.StatsEventFixtures.opportunity;
import static com.crmplatform.campaignservice.stats.StatsEventFixtures.payment;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.billing.PaymentEvents;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Campaign data and ROI end to end: events through the real topics into the projection, figures through the API.
 * Each test makes its own tenant and campaign; days are counted in Asia/Shanghai (UTC+8).
 */
class CampaignStatsIT extends PlatformIntegrationTest {

    private static final String CONSUMER = "campaign-service.stats";
    private static final List<String> TOPICS = List.of(
            LeadEvents.TOPIC, CustomerEvents.TOPIC, OpportunityEvents.TOPIC, ContractEvents.TOPIC, PaymentEvents.TOPIC);
    private static final String RANGE = "?from=2026-03-01&to=2026-03-10";

    @Autowired
    KafkaTemplate<String, String> producer;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    /** The events this test published, in order, for redelivery and replay. */
    private final List<Sent> sent = new ArrayList<>();

    private final List<CompletableFuture<?>> sending = new ArrayList<>();

    private record Sent(String topic, String key, UUID id, String value) {}

    @Test
    void theCourseExampleEndToEnd() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        courseExample(tenant, campaign);
        awaitApplied();

        mvc.perform(get("/api/v1/campaigns/{id}/stats" + RANGE, campaign)
                        .with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaignId").value(campaign.toString()))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.leads").value(100))
                .andExpect(jsonPath("$.customers").value(30))
                .andExpect(jsonPath("$.opportunities").value(10))
                .andExpect(jsonPath("$.wonOpportunities").value(6))
                .andExpect(jsonPath("$.contracts").value(5))
                .andExpect(jsonPath("$.conversion.leadsToCustomers").value(0.3))
                .andExpect(jsonPath("$.conversion.customersToOpportunities").value(0.3333))
                .andExpect(jsonPath("$.conversion.opportunitiesToWon").value(0.6))
                .andExpect(jsonPath("$.conversion.wonToContracts").value(0.8333))
                .andExpect(jsonPath("$.conversion.membersToLeads").isEmpty())
                .andExpect(jsonPath("$.otherCurrencies").isEmpty())
                .andExpect(jsonPath("$.daily.length()").value(10))
                .andExpect(jsonPath("$.daily[0].day").value("2026-03-01"))
                .andExpect(jsonPath("$.daily[0].leads").value(100))
                .andExpect(jsonPath("$.daily[4].customers").value(30))
                .andExpect(jsonPath("$.daily[5].opportunities").value(10))
                .andExpect(jsonPath("$.daily[6].wonOpportunities").value(6))
                .andExpect(jsonPath("$.daily[7].contracts").value(5))
                .andExpect(jsonPath("$.daily[8].collectedAmount").value(1500000.00))
                .andExpect(jsonPath("$.daily[9].leads").value(0));
        String body = stats(tenant, campaign, RANGE);
        // Exact decimals as JSON numbers, not strings and not doubles.
        assertThat(body)
                .contains("\"contractAmount\":5000000.00,")
                .contains("\"collectedAmount\":1500000.00,")
                .contains("\"cost\":100000.00,")
                .contains("\"roi\":49.0000,")
                .contains("\"roiCollected\":14.0000,")
                .contains("\"leadsToCustomers\":0.3000,")
                .contains("\"day\":\"2026-03-08\",\"views\":0,\"uniqueVisitors\":0,\"members\":0,\"leads\":0,"
                        + "\"customers\":0,\"opportunities\":0,\"wonOpportunities\":0,\"contracts\":5,"
                        + "\"contractAmount\":5000000.00,\"collectedAmount\":0.00}");
    }

    @Test
    void redeliveringEveryEventChangesNothing() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        courseExample(tenant, campaign);
        awaitApplied();
        String before = stats(tenant, campaign, RANGE);

        for (Sent event : List.copyOf(sent)) {
            sending.add(producer.send(event.topic(), event.key(), event.value()));
        }
        awaitSentinels(); // every topic's partition has been read past the duplicates

        assertThat(stats(tenant, campaign, RANGE)).isEqualTo(before).contains("\"leads\":100,");
    }

    @Test
    void replayingTheTopicsFromTheStartGivesTheSameFigures() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        courseExample(tenant, campaign);
        awaitApplied();
        String before = stats(tenant, campaign, RANGE);

        // The documented rebuild, limited to this test's tenant and events: stop the consumer, empty its projection
        // rows and processed-event rows, reset its group to the earliest offsets, start it again.
        MessageListenerContainer container = listeners.getListenerContainer(CONSUMER);
        container.stop();
        try {
            for (String table : List.of("lead", "customer", "opportunity", "contract", "payment")) {
                jdbc.sql("DELETE FROM campaign_stats_" + table + " WHERE tenant = ?")
                        .param(tenant)
                        .update();
            }
            jdbc.sql("DELETE FROM processed_event WHERE consumer = :consumer AND event_id IN (:ids)")
                    .param("consumer", CONSUMER)
                    .param("ids", sentIds())
                    .update();
            assertThat(stats(tenant, campaign, RANGE)).contains("\"leads\":0,");
            resetToEarliest();
        } finally {
            container.start();
        }
        awaitApplied();

        assertThat(stats(tenant, campaign, RANGE)).isEqualTo(before);
    }

    @Test
    void keepsTheNewestStateWhateverOrderEventsArriveIn() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        UUID customer = UUID.randomUUID();
        publish(tenant, CustomerEvents.CREATED, customer, customerCreated(customer, null, campaign, at(5)));
        // The contract's later amount change (v3) arrives before its creation (v1) and approval (v2).
        UUID deal = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.UPDATED,
                deal,
                contract(deal, customer, campaign, "800000", "CNY", "800000", "ACTIVE", 3, at(9)));
        publish(
                tenant,
                ContractEvents.CREATED,
                deal,
                contract(deal, customer, campaign, "1000000", "CNY", null, "DRAFT", 1, at(7)));
        publish(
                tenant,
                ContractEvents.APPROVED,
                deal,
                contract(deal, customer, campaign, "1000000", "CNY", "1000000", "ACTIVE", 2, at(8)));
        // A won opportunity's creation arrives late; a confirmation arrives before the recording.
        UUID opp = UUID.randomUUID();
        publish(tenant, OpportunityEvents.WON, opp, opportunity(opp, customer, campaign, "WON", 2, at(7)));
        publish(tenant, OpportunityEvents.CREATED, opp, opportunity(opp, customer, campaign, "OPEN", 1, at(6)));
        UUID paid = UUID.randomUUID();
        publish(
                tenant,
                PaymentEvents.CONFIRMED,
                paid,
                payment(paid, deal, customer, campaign, "300000", "CNY", day(9), "CONFIRMED", at(9)));
        publish(
                tenant,
                PaymentEvents.RECORDED,
                paid,
                payment(paid, deal, customer, campaign, "300000", "CNY", day(9), "RECORDED", at(9)));
        awaitApplied();

        String body = stats(tenant, campaign, RANGE);
        assertThat(body)
                .contains("\"contracts\":1,\"contractAmount\":800000.00,\"collectedAmount\":300000.00,")
                .contains("\"opportunities\":1,\"wonOpportunities\":1,");
        // The opportunity is counted the day it was created, the contract the day it was first approved.
        assertThat(json.readTree(body).get("daily").get(5).get("opportunities").asLong())
                .isEqualTo(1);
        assertThat(json.readTree(body)
                        .get("daily")
                        .get(6)
                        .get("wonOpportunities")
                        .asLong())
                .isEqualTo(1);
        assertThat(json.readTree(body).get("daily").get(7).get("contractAmount").decimalValue())
                .isEqualByComparingTo("800000");
    }

    @Test
    void countsApprovedContractsConfirmedPaymentsAndDealsOfTheCampaignsCustomers() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        UUID customer = UUID.randomUUID();
        publish(tenant, CustomerEvents.CREATED, customer, customerCreated(customer, null, campaign, at(5)));
        UUID draft = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.SUBMITTED,
                draft,
                contract(draft, customer, campaign, "111", "CNY", null, "PENDING_APPROVAL", 2, at(8)));
        UUID terminated = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.TERMINATED,
                terminated,
                contract(terminated, customer, campaign, "222", "CNY", "222", "TERMINATED", 3, at(8)));
        UUID completed = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.COMPLETED,
                completed,
                contract(completed, customer, campaign, "1000", "CNY", "1000", "COMPLETED", 4, at(8)));
        UUID reapproving = UUID.randomUUID(); // an amount change awaits approval: the approved amount counts
        publish(
                tenant,
                ContractEvents.UPDATED,
                reapproving,
                contract(reapproving, customer, campaign, "9000", "CNY", "2000", "PENDING_APPROVAL", 3, at(8)));
        // Events that name no campaign count for the campaign that brought their customer.
        UUID unnamed = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.APPROVED,
                unnamed,
                contract(unnamed, customer, null, "3000", "CNY", "3000", "ACTIVE", 2, at(8)));
        UUID reopened = UUID.randomUUID();
        publish(tenant, OpportunityEvents.REOPENED, reopened, opportunity(reopened, customer, null, "OPEN", 3, at(7)));
        // Money received on a terminated contract stays collected; a recorded payment is not collected yet.
        UUID confirmed = UUID.randomUUID();
        publish(
                tenant,
                PaymentEvents.CONFIRMED,
                confirmed,
                payment(confirmed, terminated, customer, campaign, "100", "CNY", day(9), "CONFIRMED", at(9)));
        UUID recorded = UUID.randomUUID();
        publish(
                tenant,
                PaymentEvents.RECORDED,
                recorded,
                payment(recorded, completed, customer, null, "400", "CNY", day(9), "RECORDED", at(9)));
        // Another customer's deals, and another campaign's, do not count.
        UUID stranger = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.APPROVED,
                stranger,
                contract(stranger, UUID.randomUUID(), null, "5", "CNY", "5", "ACTIVE", 2, at(8)));
        UUID elsewhere = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.APPROVED,
                elsewhere,
                contract(elsewhere, customer, UUID.randomUUID(), "7", "CNY", "7", "ACTIVE", 2, at(8)));
        awaitApplied();

        assertThat(stats(tenant, campaign, RANGE))
                .contains("\"customers\":1,\"opportunities\":1,\"wonOpportunities\":0,\"contracts\":3,"
                        + "\"contractAmount\":6000.00,\"collectedAmount\":100.00,");
    }

    @Test
    void keepsOtherCurrenciesApartAndOutOfRoi() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        UUID customer = UUID.randomUUID();
        publish(tenant, CustomerEvents.CREATED, customer, customerCreated(customer, null, campaign, at(5)));
        UUID yuan = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.APPROVED,
                yuan,
                contract(yuan, customer, campaign, "300000", "CNY", "300000", "ACTIVE", 2, at(8)));
        UUID dollars = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.APPROVED,
                dollars,
                contract(dollars, customer, campaign, "70000", "USD", "70000", "ACTIVE", 2, at(8)));
        UUID paid = UUID.randomUUID();
        publish(
                tenant,
                PaymentEvents.CONFIRMED,
                paid,
                payment(paid, dollars, customer, campaign, "10000", "USD", day(9), "CONFIRMED", at(9)));
        awaitApplied();

        String body = stats(tenant, campaign, RANGE);
        assertThat(body)
                .contains("\"contracts\":1,\"contractAmount\":300000.00,\"collectedAmount\":0.00,\"cost\":100000.00,"
                        + "\"roi\":2.0000,\"roiCollected\":-1.0000,")
                .contains("\"otherCurrencies\":[{\"currency\":\"USD\",\"contracts\":1,\"contractAmount\":70000.00,"
                        + "\"collectedAmount\":10000.00}]")
                .doesNotContain("370000");
        assertThat(json.readTree(body)
                        .get("daily")
                        .get(8)
                        .get("collectedAmount")
                        .decimalValue())
                .isEqualByComparingTo("0");
    }

    @Test
    void aReversalTakesThePaymentBackOutOfCollected() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        UUID customer = UUID.randomUUID();
        publish(tenant, CustomerEvents.CREATED, customer, customerCreated(customer, null, campaign, at(5)));
        UUID deal = UUID.randomUUID();
        publish(
                tenant,
                ContractEvents.APPROVED,
                deal,
                contract(deal, customer, campaign, "500000", "CNY", "500000", "ACTIVE", 2, at(8)));
        UUID kept = UUID.randomUUID();
        UUID reversed = UUID.randomUUID();
        publish(
                tenant,
                PaymentEvents.CONFIRMED,
                kept,
                payment(kept, deal, customer, campaign, "120000", "CNY", day(9), "CONFIRMED", at(9)));
        publish(
                tenant,
                PaymentEvents.CONFIRMED,
                reversed,
                payment(reversed, deal, customer, campaign, "300000", "CNY", day(9), "CONFIRMED", at(9)));
        awaitApplied();
        assertThat(stats(tenant, campaign, RANGE))
                .contains("\"collectedAmount\":420000.00,", "\"roiCollected\":3.2000,");

        publish(
                tenant,
                PaymentEvents.REVERSED,
                reversed,
                payment(reversed, deal, customer, campaign, "300000", "CNY", day(9), "REVERSED", at(10)));
        awaitApplied();

        String body = stats(tenant, campaign, RANGE);
        assertThat(body).contains("\"collectedAmount\":120000.00,", "\"roiCollected\":0.2000,");
        assertThat(json.readTree(body)
                        .get("daily")
                        .get(8)
                        .get("collectedAmount")
                        .decimalValue())
                .isEqualByComparingTo("120000");
    }

    @Test
    void anEnteredActualCostReplacesTheBudgetAndAZeroCostHasNoRoi() throws Exception {
        String tenant = newTenant();
        UUID costly = campaign(tenant, "100000", "250000", "CNY");
        UUID free = campaign(tenant, "100000", "0", "CNY");
        for (UUID campaign : List.of(costly, free)) {
            UUID customer = UUID.randomUUID();
            publish(tenant, CustomerEvents.CREATED, customer, customerCreated(customer, null, campaign, at(5)));
            UUID deal = UUID.randomUUID();
            publish(
                    tenant,
                    ContractEvents.APPROVED,
                    deal,
                    contract(deal, customer, campaign, "500000", "CNY", "500000", "ACTIVE", 2, at(8)));
        }
        awaitApplied();

        assertThat(stats(tenant, costly, RANGE))
                .contains("\"cost\":250000.00,\"roi\":1.0000,\"roiCollected\":-1.0000,");
        assertThat(stats(tenant, free, RANGE)).contains("\"cost\":0.00,\"roi\":null,\"roiCollected\":null,");
    }

    @Test
    void readsViewsVisitorsMembersAndSyncFromTheCampaignsOwnTables() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        view(campaign, day(1), 0, 10);
        view(campaign, day(1), 3, 5);
        view(campaign, day(2), 1, 7);
        for (int i = 0; i < 3; i++) {
            visitor(campaign, day(1), "v" + i);
        }
        visitor(campaign, day(2), "v0"); // the same person the next day has another hash: a visitor per day
        visitor(campaign, day(2), "v9");
        member(tenant, campaign, "PENDING", 1, Instant.parse("2026-03-01T03:00:00Z"));
        member(tenant, campaign, "SYNCED", 2, Instant.parse("2026-03-01T16:30:00Z")); // 00:30 on the 2nd in Shanghai
        member(tenant, campaign, "SYNCED", 1, Instant.parse("2026-03-02T03:00:00Z"));

        String body = stats(tenant, campaign, RANGE);
        assertThat(body)
                .contains("\"views\":22,\"uniqueVisitors\":5,\"submissions\":4,\"members\":3,\"synced\":2,")
                .contains("\"visitorsToMembers\":0.6000,")
                .contains("{\"day\":\"2026-03-01\",\"views\":15,\"uniqueVisitors\":3,\"members\":1,")
                .contains("{\"day\":\"2026-03-02\",\"views\":7,\"uniqueVisitors\":2,\"members\":2,");
    }

    @Test
    void everyReadingRoleSeesTheirTenantsCampaignOnly() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        for (String role : List.of("crm-admin", "crm-marketing", "crm-sales", "crm-finance")) {
            mvc.perform(get("/api/v1/campaigns/{id}/stats", campaign).with(user(tenant, "u-" + role, role)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.leads").value(0))
                    .andExpect(jsonPath("$.from").value("2026-03-01"));
        }
        mvc.perform(get("/api/v1/campaigns/{id}/stats", campaign).with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_FOUND"));
        mvc.perform(get("/api/v1/campaigns/{id}/stats", UUID.randomUUID()).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}/stats", campaign)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/campaigns/{id}/stats", campaign).with(user(tenant, "guest", "offline_access")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
    }

    @Test
    void refusesAnUpsideDownOrTooLongSeries() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "100000", null, "CNY");
        mvc.perform(get("/api/v1/campaigns/{id}/stats?from=2026-03-10&to=2026-03-01", campaign)
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/campaigns/{id}/stats?from=2025-01-01&to=2026-03-01", campaign)
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/campaigns/{id}/stats?from=2025-03-02&to=2026-03-01", campaign)
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daily.length()").value(365));
    }

    @Test
    void theDefaultSeriesRunsFromTheCampaignsFirstDayForAtMostAYear() throws Exception {
        String tenant = newTenant();
        // 2023-12-31T20:00Z is 04:00 on 1 January 2024 in Shanghai: the series starts that day.
        UUID old = campaign(tenant, "100000", null, "CNY", Instant.parse("2023-12-31T20:00:00Z"));
        mvc.perform(get("/api/v1/campaigns/{id}/stats", old).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2024-01-01"))
                .andExpect(jsonPath("$.to").value("2024-12-31"))
                .andExpect(jsonPath("$.daily.length()").value(366));
        UUID future = campaign(tenant, "100000", null, "CNY", Instant.now().plus(Duration.ofDays(30)));
        mvc.perform(get("/api/v1/campaigns/{id}/stats", future).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daily.length()").value(1));
    }

    /**
     * The course's summit: 100 leads on 1 March; 30 converted into customers on the 5th; 10 opportunities on the
     * 6th (two name no campaign: they count by their customer), 6 won and 1 lost on the 7th; 5 contracts of 1,000,000
     * approved on the 8th; three payments of 500,000 confirmed and one of 200,000 only recorded, received on the 9th.
     */
    private void courseExample(String tenant, UUID campaign) {
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            UUID lead = UUID.randomUUID();
            publish(tenant, LeadEvents.CREATED, lead, leadCreated(lead, campaign, at(1)));
            if (i < 30) {
                UUID customer = UUID.randomUUID();
                customers.add(customer);
                publish(tenant, LeadEvents.CONVERTED, lead, leadConverted(lead, customer, campaign, at(5)));
                publish(tenant, CustomerEvents.CREATED, customer, customerCreated(customer, lead, campaign, at(5)));
            }
        }
        for (int i = 0; i < 10; i++) {
            UUID opp = UUID.randomUUID();
            UUID named = i < 8 ? campaign : null;
            publish(
                    tenant,
                    OpportunityEvents.CREATED,
                    opp,
                    opportunity(opp, customers.get(i), named, "OPEN", 1, at(6)));
            if (i < 6) {
                publish(tenant, OpportunityEvents.WON, opp, opportunity(opp, customers.get(i), named, "WON", 2, at(7)));
            } else if (i == 6) {
                publish(
                        tenant,
                        OpportunityEvents.LOST,
                        opp,
                        opportunity(opp, customers.get(i), named, "LOST", 2, at(7)));
            }
        }
        for (int i = 0; i < 5; i++) {
            UUID deal = UUID.randomUUID();
            UUID customer = customers.get(i);
            publish(
                    tenant,
                    ContractEvents.CREATED,
                    deal,
                    contract(deal, customer, campaign, "1000000", "CNY", null, "DRAFT", 1, at(7)));
            publish(
                    tenant,
                    ContractEvents.SUBMITTED,
                    deal,
                    contract(deal, customer, campaign, "1000000", "CNY", null, "PENDING_APPROVAL", 2, at(7)));
            publish(
                    tenant,
                    ContractEvents.APPROVED,
                    deal,
                    contract(deal, customer, campaign, "1000000", "CNY", "1000000", "ACTIVE", 3, at(8)));
            if (i < 4) {
                UUID paid = UUID.randomUUID();
                String amount = i < 3 ? "500000" : "200000";
                publish(
                        tenant,
                        PaymentEvents.RECORDED,
                        paid,
                        payment(paid, deal, customer, campaign, amount, "CNY", day(9), "RECORDED", at(9)));
                if (i < 3) {
                    publish(
                            tenant,
                            PaymentEvents.CONFIRMED,
                            paid,
                            payment(paid, deal, customer, campaign, amount, "CNY", day(9), "CONFIRMED", at(9)));
                }
            }
        }
    }

    private <T> void publish(String tenant, EventType<T> type, UUID subject, T data) {
        UUID id = UUID.randomUUID();
        String value = json.writeValueAsString(new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                id.toString(),
                "/test",
                type.type(),
                subject.toString(),
                Instant.now(),
                EventEnvelope.DATA_CONTENT_TYPE,
                tenant,
                data));
        sent.add(new Sent(type.topic(), subject.toString(), id, value));
        sending.add(producer.send(type.topic(), subject.toString(), value));
    }

    /** Waits until the consumer applied every event this test published. */
    private void awaitApplied() {
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
        Set<UUID> ids = sentIds();
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(ids) == ids.size());
    }

    /** A fresh event on every topic, applied: the consumer has read each partition past what was sent before. */
    private void awaitSentinels() {
        String other = newTenant();
        UUID id = UUID.randomUUID();
        int before = sent.size();
        publish(other, LeadEvents.CREATED, id, leadCreated(id, null, at(1)));
        publish(other, CustomerEvents.CREATED, id, customerCreated(id, null, null, at(1)));
        publish(other, OpportunityEvents.CREATED, id, opportunity(id, id, null, "OPEN", 1, at(1)));
        publish(other, ContractEvents.CREATED, id, contract(id, id, null, "1", "CNY", null, "DRAFT", 1, at(1)));
        publish(other, PaymentEvents.RECORDED, id, payment(id, id, id, null, "1", "CNY", day(1), "RECORDED", at(1)));
        Set<UUID> sentinels =
                sent.subList(before, sent.size()).stream().map(Sent::id).collect(Collectors.toSet());
        sent.subList(before, sent.size()).clear();
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(sentinels) == sentinels.size());
    }

    private Set<UUID> sentIds() {
        return sent.stream().map(Sent::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private long processed(Set<UUID> ids) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id IN (:ids)")
                .param("consumer", CONSUMER)
                .param("ids", ids)
                .query(Long.class)
                .single();
    }

    /** Resets the stopped consumer's group to the start of each topic (the rebuild's Kafka step). */
    private void resetToEarliest() {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Map<TopicPartition, OffsetAndMetadata> earliest =
                    admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                            .flatMap(topic -> topic.partitions().stream()
                                    .map(p -> new TopicPartition(topic.name(), p.partition())))
                            .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets(CONSUMER, earliest).all().get();
                return true;
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not reset " + CONSUMER, e);
        }
    }

    private String stats(String tenant, UUID campaign, String query) throws Exception {
        return mvc.perform(
                        get("/api/v1/campaigns/{id}/stats" + query, campaign).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private UUID campaign(String tenant, String budget, String actualCost, String currency) {
        return campaign(tenant, budget, actualCost, currency, Instant.parse("2026-03-01T01:00:00Z"));
    }

    private UUID campaign(String tenant, String budget, String actualCost, String currency, Instant start) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO campaign (id, tenant, name, type, mode, start_at, end_at, owner_id, currency, budget,
                    actual_cost, target_object, status, created_by, created_at, updated_at)
                VALUES (:id, :tenant, 'Summit', 'CONFERENCE', 'OFFLINE', :start, :end, 'marketing', :currency,
                    :budget, :actualCost, 'LEAD', 'PUBLISHED', 'marketing', now(), now())
                """)
                .param("id", id)
                .param("tenant", tenant)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(start.plus(Duration.ofHours(33))))
                .param("currency", currency)
                .param("budget", new BigDecimal(budget))
                .param("actualCost", actualCost == null ? null : new BigDecimal(actualCost))
                .update();
        return id;
    }

    private void view(UUID campaign, LocalDate day, int shard, long views) {
        jdbc.sql("INSERT INTO campaign_view (campaign_id, day, shard, views) VALUES (?, ?, ?, ?)")
                .params(campaign, day, shard, views)
                .update();
    }

    private void visitor(UUID campaign, LocalDate day, String who) {
        jdbc.sql("INSERT INTO campaign_visitor (campaign_id, day, visitor) VALUES (?, ?, ?)")
                .params(campaign, day, (who + day).getBytes())
                .update();
    }

    private void member(String tenant, UUID campaign, String syncStatus, int submissions, Instant submittedAt) {
        jdbc.sql("""
                INSERT INTO campaign_member (id, tenant, campaign_id, form_version, origin, answers, phone, submissions,
                    sync_status, submitted_at, updated_at)
                VALUES (:id, :tenant, :campaign, 1, 'ONLINE', CAST('{}' AS JSONB), :phone, :submissions, :sync,
                    :at, :at)
                """)
                .param("id", UUID.randomUUID())
                .param("tenant", tenant)
                .param("campaign", campaign)
                .param("phone", "138" + UUID.randomUUID().toString().substring(0, 8))
                .param("submissions", submissions)
                .param("sync", syncStatus)
                .param("at", Timestamp.from(submittedAt))
                .update();
    }

    /** 10:00 in Shanghai on that day of March 2026. */
    private static Instant at(int dayOfMarch) {
        return Instant.parse("2026-03-%02dT02:00:00Z".formatted(dayOfMarch));
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }
}
