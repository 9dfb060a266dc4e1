package com.crmplatform.campaignservice.sync;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.sync.domain.SyncService;
import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.contracts.campaign.IntakeOutcome;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.test.KafkaEvents;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 执行同步 against an idempotent intake over HTTP, through the faults the issue names: every member ends as exactly
 * one lead or customer whether the sync runs twice, twice at once, meets a service that goes down, or loses an answer
 * (as a crash after the intake would), and auto-sync's answers arriving (again) over Kafka.
 */
class SyncIT extends PlatformIntegrationTest {

    static final int BATCH = SyncService.BATCH_SIZE;

    static final IntakeStub INTAKE = newStub();

    @DynamicPropertySource
    static void intake(DynamicPropertyRegistry registry) {
        registry.add("crm.campaign.lead-service-url", INTAKE::url);
        registry.add("crm.campaign.customer-service-url", INTAKE::url);
    }

    @AfterAll
    static void stopIntake() {
        INTAKE.close();
    }

    @Autowired
    KafkaTemplate<String, String> producer;

    @Autowired
    EmbeddedKafkaBroker broker;

    @AfterEach
    void healIntake() {
        INTAKE.reset();
    }

    @Test
    void syncsEveryMemberOnceReportsLinksAndFailuresAndASecondSyncSendsOnlyTheFailed() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "PUBLISHED");
        members(campaign, tenant, 1_100);
        member(campaign, tenant, IntakeStub.EXISTING_PHONE);
        member(campaign, tenant, IntakeStub.REFUSED_PHONE);
        int createdBefore = INTAKE.created();

        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synced").value(1_100))
                .andExpect(jsonPath("$.linked").value(1))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.truncated").value(true))
                .andExpect(
                        jsonPath("$.results[?(@.outcome == 'FAILED')].reason").value("INVALID_PHONE"));

        assertThat(INTAKE.created() - createdBefore).isEqualTo(1_100);
        assertThat(count(campaign, "SYNCED")).isEqualTo(1_101);
        assertThat(count(campaign, "FAILED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(DISTINCT lead_id) FROM campaign_member WHERE campaign_id = ?")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isEqualTo(1_101);
        assertThat(syncError(campaign, IntakeStub.REFUSED_PHONE)).isEqualTo("INVALID_PHONE");

        int batches = INTAKE.batches();
        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synced").value(0))
                .andExpect(jsonPath("$.linked").value(0))
                .andExpect(jsonPath("$.failed").value(1));
        assertThat(INTAKE.batches() - batches)
                .as("only the failed member is sent again")
                .isEqualTo(1);
        assertThat(INTAKE.created() - createdBefore).isEqualTo(1_100);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> KafkaEvents.all(broker, json, campaign.toString(), CampaignEvents.MEMBER_SYNCED)
                                .size()
                        == 1_101);
    }

    @Test
    void aServiceGoingDownMidwayKeepsTheProgressAndARerunFinishesTheRest() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "CLOSED");
        members(campaign, tenant, BATCH + 200);
        int createdBefore = INTAKE.created();
        INTAKE.downAfter(1);

        // Two batches are on their way at once (1,000 and 200 members): whichever reaches the intake first is taken.
        String interrupted = mvc.perform(
                        post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.reason").value("SYNC_INTERRUPTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int synced = json.readTree(interrupted).get("synced").asInt();
        assertThat(synced).isIn(BATCH, 200);
        assertThat(json.readTree(interrupted).get("remaining").asInt()).isEqualTo(BATCH + 200 - synced);
        assertThat(count(campaign, "SYNCED")).isEqualTo(synced);

        INTAKE.reset();
        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synced").value(BATCH + 200 - synced));
        assertThat(count(campaign, "SYNCED")).isEqualTo(BATCH + 200);
        assertThat(INTAKE.created() - createdBefore).isEqualTo(BATCH + 200);
    }

    @Test
    void anAnswerLostAfterTheIntakeTookTheMembersCreatesNothingTwice() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "PUBLISHED");
        List<UUID> members = members(campaign, tenant, 300);
        int createdBefore = INTAKE.created();
        INTAKE.takeThenFail(true);

        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.remaining").value(300));
        assertThat(INTAKE.created() - createdBefore)
                .as("the intake took them all")
                .isEqualTo(300);

        INTAKE.reset();
        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synced").value(300));
        assertThat(INTAKE.created() - createdBefore)
                .as("and made nothing twice")
                .isEqualTo(300);
        assertThat(leadOf(members.getFirst()))
                .isEqualTo(INTAKE.resultOf(members.getFirst()).recordId());
    }

    @Test
    void twoSyncsAtOnceSendEachMemberOnceAndTheSecondIsTold() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "PUBLISHED");
        members(campaign, tenant, 2 * BATCH);
        int createdBefore = INTAKE.created();
        int batchesBefore = INTAKE.batches();
        INTAKE.delay(300);

        Callable<Integer> sync = () -> mvc.perform(
                        post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andReturn()
                .getResponse()
                .getStatus();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> first = threads.submit(sync);
            Future<Integer> second = threads.submit(sync);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(INTAKE.batches() - batchesBefore).isEqualTo(2);
        assertThat(INTAKE.created() - createdBefore).isEqualTo(2 * BATCH);
        assertThat(count(campaign, "SYNCED")).isEqualTo(2 * BATCH);
    }

    @Test
    void aLeaseLeftByADeadSyncExpiresAndTheNextSyncTakesOver() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "PUBLISHED");
        members(campaign, tenant, 3);
        jdbc.sql("INSERT INTO campaign_sync_lease VALUES (?, 'crashed', ?)")
                .params(campaign, Timestamp.from(Instant.now().minusSeconds(1)))
                .update();

        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synced").value(3));
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_sync_lease WHERE campaign_id = ?")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aLiveLeaseRefusesASecondSync() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "PUBLISHED");
        jdbc.sql("INSERT INTO campaign_sync_lease VALUES (?, 'running', ?)")
                .params(campaign, Timestamp.from(Instant.now().plusSeconds(60)))
                .update();

        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("SYNC_IN_PROGRESS"));
    }

    @Test
    void aCustomerCampaignSyncsIntoCustomerServiceAndRecordsCustomerIds() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "CUSTOMER", "PUBLISHED");
        UUID member = member(campaign, tenant, "13700000001");

        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synced").value(1))
                .andExpect(jsonPath("$.results[0].recordId")
                        .value(INTAKE.resultOf(member).recordId().toString()));

        assertThat(INTAKE.paths()).contains("/api/v1/customers/campaign-members");
        assertThat(jdbc.sql("SELECT customer_id FROM campaign_member WHERE id = ?")
                        .param(member)
                        .query(UUID.class)
                        .single())
                .isEqualTo(INTAKE.resultOf(member).recordId());
        assertThat(leadOf(member)).isNull();
    }

    @Test
    void autoSyncsAnswerMarksTheMemberOnceHoweverOftenItIsDelivered() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "PUBLISHED");
        UUID member = member(campaign, tenant, "13700000002");
        UUID lead = UUID.randomUUID();
        String event = json.writeValueAsString(new EventEnvelope<>(
                "1.0",
                UUID.randomUUID().toString(),
                "/lead-service",
                LeadEvents.CAMPAIGN_MEMBER_TAKEN.type(),
                lead.toString(),
                Instant.now(),
                "application/json",
                tenant,
                new MemberIntakeResult(campaign, member, IntakeOutcome.CREATED, lead, null)));

        producer.send(LeadEvents.TOPIC, lead.toString(), event).get();
        producer.send(LeadEvents.TOPIC, lead.toString(), event).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> lead.equals(leadOf(member)));
        Thread.sleep(500); // a second delivery would publish a second member-synced event here
        assertThat(KafkaEvents.all(broker, json, campaign.toString(), CampaignEvents.MEMBER_SYNCED))
                .singleElement()
                .satisfies(synced ->
                        assertThat(synced.at("/data/leadId").asString()).isEqualTo(lead.toString()));
    }

    @Test
    void refusesWhoMayNotSyncOtherTenantsAndCampaignsThatCannotBeSynced() throws Exception {
        String tenant = newTenant();
        UUID campaign = campaign(tenant, "LEAD", "PUBLISHED");
        UUID draft = campaign(tenant, "LEAD", "DRAFT");

        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "s1", "crm-sales")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(tenant, "f1", "crm-finance")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns/{id}/sync", campaign).with(user(newTenant(), "mkt", "crm-marketing")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(post("/api/v1/campaigns/{id}/sync", draft).with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_SYNCABLE"));
        mvc.perform(post("/api/v1/campaigns/{id}/sync", "not-a-uuid").with(user(tenant, "mkt", "crm-marketing")))
                .andExpect(status().isBadRequest());
    }

    private UUID campaign(String tenant, String target, String status) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO campaign (id, tenant, name, type, mode, start_at, end_at, owner_id, currency, budget,
                                              target_object, status, form_version, created_by, created_at, updated_at)
                        VALUES (?, ?, 'Spring fair', 'EXHIBITION', 'ONLINE', ?, ?, 'mkt', 'CNY', 100000, ?, ?, 1,
                                'mkt', ?, ?)
                        """)
                .params(id, tenant, now, Timestamp.from(Instant.now().plusSeconds(86_400)), target, status, now, now)
                .update();
        return id;
    }

    private List<UUID> members(UUID campaign, String tenant, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> member(campaign, tenant, String.valueOf(15_000_000_000L + i)))
                .toList();
    }

    private UUID member(UUID campaign, String tenant, String phone) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO campaign_member (id, tenant, campaign_id, form_version, origin, answers, name, phone,
                                                     submitted_at, updated_at)
                        VALUES (?, ?, ?, 1, 'ONLINE', ?::jsonb, 'Li Lei', ?, ?, ?)
                        """)
                .params(
                        id,
                        tenant,
                        campaign,
                        "{\"name\":\"Li Lei\",\"phone\":\"" + phone + "\",\"interests\":[\"CRM\",\"BI\"]}",
                        phone,
                        now,
                        now)
                .update();
        return id;
    }

    private long count(UUID campaign, String syncStatus) {
        return jdbc.sql("SELECT count(*) FROM campaign_member WHERE campaign_id = ? AND sync_status = ?")
                .params(campaign, syncStatus)
                .query(Long.class)
                .single();
    }

    private UUID leadOf(UUID member) {
        return jdbc.sql("SELECT lead_id FROM campaign_member WHERE id = ?")
                .param(member)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private String syncError(UUID campaign, String phone) {
        return jdbc.sql("SELECT sync_error FROM campaign_member WHERE campaign_id = ? AND phone = ?")
                .params(campaign, phone)
                .query(String.class)
                .single();
    }

    private static IntakeStub newStub() {
        try {
            return new IntakeStub();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
