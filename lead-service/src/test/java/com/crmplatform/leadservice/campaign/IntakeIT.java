package com.crmplatform.leadservice.campaign;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.contracts.campaign.CampaignMember;
import com.crmplatform.contracts.campaign.IntakeOutcome;
import com.crmplatform.contracts.campaign.MemberCaptured;
import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResponse;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.LeadServiceIT;
import com.crmplatform.platform.test.KafkaEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Campaign members taken in as leads, through the manual sync's endpoint and the auto-sync's events, against the
 * real database and broker: exactly one lead per member whatever is repeated or raced.
 */
class IntakeIT extends LeadServiceIT {

    private static final Logger log = LoggerFactory.getLogger(IntakeIT.class);

    private static final String PATH = "/api/v1/leads/campaign-members";

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Test
    void aBatchCreatesPoolLeadsOfTheCampaignAndPublishesTheirEvents() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        CampaignMember zhang = new CampaignMember(
                UUID.randomUUID(),
                " Zhang San ",
                "138-0000-1001",
                "Zhang@Acme.com",
                "Acme",
                "CTO",
                "Retail",
                "Shanghai",
                "https://acme.example",
                "zhangsan_wx",
                "Wants a demo",
                Map.of("budget", "100k-500k", "interests", "CRM, BI"));
        CampaignMember li = member("Li Si", "13800001002", null);

        List<MemberIntakeResult> results =
                take(tenant, "marketing", "crm-marketing", request(campaign, "Spring Expo", "EXHIBITION", zhang, li));

        assertThat(results).extracting(MemberIntakeResult::outcome).containsOnly(IntakeOutcome.CREATED);
        assertThat(results).extracting(MemberIntakeResult::memberId).containsExactly(zhang.memberId(), li.memberId());
        assertThat(results).extracting(MemberIntakeResult::campaignId).containsOnly(campaign);
        UUID leadId = results.getFirst().recordId();
        Map<String, Object> row = jdbc.sql("SELECT * FROM lead WHERE id = ?")
                .param(leadId)
                .query()
                .singleRow();
        assertThat(row.get("tenant")).isEqualTo(tenant);
        assertThat(row.get("name")).isEqualTo("Zhang San");
        assertThat(row.get("company")).isEqualTo("Acme");
        assertThat(row.get("title")).isEqualTo("CTO");
        assertThat(row.get("phone_normalized")).isEqualTo("13800001001");
        assertThat(row.get("email_normalized")).isEqualTo("zhang@acme.com");
        assertThat(row.get("other_contact")).isEqualTo("zhangsan_wx");
        assertThat(row.get("industry")).isEqualTo("Retail");
        assertThat(row.get("city")).isEqualTo("Shanghai");
        assertThat(row.get("notes")).isEqualTo("Campaign: Spring Expo\nWants a demo");
        assertThat(row.get("source")).isEqualTo("TRADE_SHOW");
        assertThat(row.get("campaign_id")).isEqualTo(campaign);
        assertThat(row.get("status")).isEqualTo("NEW");
        assertThat(row.get("owner_id")).isNull();
        assertThat(row.get("created_by")).isEqualTo(idOf(tenant, "marketing"));
        JsonNode custom = json.readTree(row.get("custom_fields").toString());
        assertThat(custom.get("budget").asString()).isEqualTo("100k-500k");
        assertThat(custom.get("interests").asString()).isEqualTo("CRM, BI");
        assertThat(custom.get("website").asString()).isEqualTo("https://acme.example");

        JsonNode created = events(leadId, LeadEvents.CREATED).getFirst();
        assertThat(created.get("campaignId").asString()).isEqualTo(campaign.toString());
        assertThat(created.get("source").asString()).isEqualTo("TRADE_SHOW");
        assertThat(created.get("ownerId").isNull()).isTrue();
        // The answer is the manual sync's report: no campaign-member-taken event on this path.
        assertThat(takenEvents(zhang.memberId())).isEmpty();

        // What the outbox relay really sent to the broker.
        JsonNode sent = KafkaEvents.await(kafka, json, leadId.toString(), LeadEvents.CREATED, 1)
                .getFirst();
        assertThat(sent.get("tenant").asString()).isEqualTo(tenant);
        assertThat(sent.get("data").get("campaignId").asString()).isEqualTo(campaign.toString());
    }

    @Test
    void sendingTheSameBatchAgainCreatesNothingAndAnswersTheSameLeads() throws Exception {
        String tenant = newTenant();
        MemberIntakeRequest batch = request(
                UUID.randomUUID(),
                "Webinar",
                "WEBINAR",
                member("A", "13900002001", null),
                member("B", null, "b@example.com"),
                member("C", "13900002003", "c@example.com"));

        List<MemberIntakeResult> first = take(tenant, "admin", "crm-admin", batch);
        List<MemberIntakeResult> again = take(tenant, "marketing", "crm-marketing", batch);

        assertThat(again).isEqualTo(first);
        assertThat(leadsOf(tenant)).isEqualTo(3);
        for (MemberIntakeResult result : first) {
            assertThat(events(result.recordId(), LeadEvents.CREATED)).hasSize(1);
        }
    }

    @Test
    void twoConcurrentIdenticalBatchesMakeExactlyOneLeadPerMember() throws Exception {
        String tenant = newTenant();
        List<CampaignMember> members = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            members.add(member("M" + i, "1370000" + String.format("%04d", i), null));
        }
        MemberIntakeRequest batch = new MemberIntakeRequest(UUID.randomUUID(), "Race", "SALON", members);

        List<List<MemberIntakeResult>> answers = race(
                () -> take(tenant, "marketing", "crm-marketing", batch),
                () -> take(tenant, "admin", "crm-admin", batch),
                () -> take(tenant, "marketing", "crm-marketing", batch));

        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(answers.get(2)).isEqualTo(answers.get(0));
        assertThat(answers.get(0)).extracting(MemberIntakeResult::outcome).containsOnly(IntakeOutcome.CREATED);
        assertThat(new HashSet<>(answers.get(0).stream()
                        .map(MemberIntakeResult::recordId)
                        .toList()))
                .hasSize(200);
        assertThat(leadsOf(tenant)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_member_intake WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant = ? AND type = ?")
                        .params(tenant, LeadEvents.CREATED.type())
                        .query(Long.class)
                        .single())
                .isEqualTo(200);
    }

    @Test
    void aMemberWithTheContactOfALeadIsLinkedToTheOldestOfTheTenantsLeads() throws Exception {
        String tenant = newTenant();
        String otherTenant = newTenant();
        UUID oldest = capture(tenant, "admin", "crm-admin", lead("Old", "13500003001"));
        Thread.sleep(5);
        UUID newer =
                id(post(tenant, "admin", "crm-admin", "/api/v1/leads?allowDuplicate=true", lead("New", "135 0000 3001"))
                        .andExpect(status().isCreated()));
        UUID byEmail = capture(
                tenant,
                "admin",
                "crm-admin",
                "{\"name\":\"Mail\",\"email\":\"mail@globex.com\",\"source\":\"WEBSITE\"}");
        UUID invalid = capture(tenant, "admin", "crm-admin", lead("Junk", "13500003009"));
        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + invalid + "/invalidate", "{\"reason\":\"fake\"}")
                .andExpect(status().isOk());
        UUID elsewhere = capture(otherTenant, "admin", "crm-admin", lead("Other", "13500003005"));

        CampaignMember byPhone = member("Phone", "+86 135-0000-3001".substring(4), null);
        CampaignMember mail = member("Mail again", null, " MAIL@Globex.com ");
        CampaignMember notHere = member("Not here", "13500003005", null);
        CampaignMember twinA = member("Twin A", "13500003006", null);
        CampaignMember twinB = member("Twin B", "135-0000-3006", "twin@b.com");
        CampaignMember junk = member("Junk again", "13500003009", null);
        List<MemberIntakeResult> results = take(
                tenant,
                "marketing",
                "crm-marketing",
                request(UUID.randomUUID(), "Expo", "CONFERENCE", byPhone, mail, notHere, twinA, twinB, junk));

        assertThat(results.get(0).outcome()).isEqualTo(IntakeOutcome.LINKED);
        assertThat(results.get(0).recordId()).isEqualTo(oldest).isNotEqualTo(newer);
        assertThat(results.get(1).outcome()).isEqualTo(IntakeOutcome.LINKED);
        assertThat(results.get(1).recordId()).isEqualTo(byEmail);
        // Another tenant's lead with the same phone is none of this tenant's business.
        assertThat(results.get(2).outcome()).isEqualTo(IntakeOutcome.CREATED);
        assertThat(results.get(2).recordId()).isNotEqualTo(elsewhere);
        // The same person twice in one batch: one lead.
        assertThat(results.get(3).outcome()).isEqualTo(IntakeOutcome.CREATED);
        assertThat(results.get(4).outcome()).isEqualTo(IntakeOutcome.LINKED);
        assertThat(results.get(4).recordId()).isEqualTo(results.get(3).recordId());
        // An invalid lead is not linked: the new sign-up gets a fresh lead.
        assertThat(results.get(5).outcome()).isEqualTo(IntakeOutcome.CREATED);
        assertThat(results.get(5).recordId()).isNotEqualTo(invalid);
        assertThat(leadsOf(tenant)).isEqualTo(4 + 3);
        assertThat(events(oldest, LeadEvents.UPDATED)).isEmpty();
    }

    @Test
    void anInvalidMemberFailsAloneAndIsTriedAgainByTheNextSync() throws Exception {
        String tenant = newTenant();
        CampaignMember good = member("Good", "13600004001", null);
        CampaignMember badPhone = member("Bad phone", "call me", null);
        CampaignMember noName = member("  ", "13600004003", null);
        CampaignMember unreachable = member("Nobody", null, null);
        CampaignMember badEmail = member("Bad email", null, "not-an-email");
        Map<String, String> tooMany = new java.util.HashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("f" + i, "v");
        }
        CampaignMember manyFields = new CampaignMember(
                UUID.randomUUID(), "Many", "13600004006", null, null, null, null, null, null, null, null, tooMany);
        UUID campaign = UUID.randomUUID();

        List<MemberIntakeResult> results = take(
                tenant,
                "marketing",
                "crm-marketing",
                request(campaign, "Expo", "EXHIBITION", good, badPhone, noName, unreachable, badEmail, manyFields));

        assertThat(results)
                .extracting(MemberIntakeResult::outcome)
                .containsExactly(
                        IntakeOutcome.CREATED,
                        IntakeOutcome.FAILED,
                        IntakeOutcome.FAILED,
                        IntakeOutcome.FAILED,
                        IntakeOutcome.FAILED,
                        IntakeOutcome.FAILED);
        assertThat(results)
                .extracting(MemberIntakeResult::reason)
                .containsExactly(
                        null, "INVALID_PHONE", "MISSING_NAME", "NO_CONTACT", "INVALID_EMAIL", "INVALID_CUSTOM_FIELDS");
        assertThat(results.get(1).recordId()).isNull();
        assertThat(leadsOf(tenant)).isEqualTo(1);
        // The answer tells the manual sync; no event for a failure, and nothing stored.
        assertThat(takenEvents(badPhone.memberId())).isEmpty();

        CampaignMember fixed = new CampaignMember(
                badPhone.memberId(),
                "Bad phone",
                "136-0000-4002",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        List<MemberIntakeResult> retried =
                take(tenant, "marketing", "crm-marketing", request(campaign, "Expo", "EXHIBITION", good, fixed));
        assertThat(retried.get(0)).isEqualTo(results.get(0));
        assertThat(retried.get(1).outcome()).isEqualTo(IntakeOutcome.CREATED);
        assertThat(leadsOf(tenant)).isEqualTo(2);
    }

    @Test
    void onlyAdminsAndMarketingMaySyncAndABatchHasAtMostAThousandMembers() throws Exception {
        String tenant = newTenant();
        String body =
                json.writeValueAsString(request(UUID.randomUUID(), "X", "OTHER", member("A", "13700005001", null)));
        for (String role : List.of("crm-sales", "crm-finance")) {
            mvc.perform(MockMvcRequestBuilders.post(PATH)
                            .with(user(tenant, "someone", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        mvc.perform(MockMvcRequestBuilders.post(PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        List<CampaignMember> tooMany = new ArrayList<>();
        for (int i = 0; i <= MemberIntakeRequest.MAX_MEMBERS; i++) {
            tooMany.add(member("M" + i, "1370001" + String.format("%04d", i), null));
        }
        send(tenant, "admin", "crm-admin", new MemberIntakeRequest(UUID.randomUUID(), "X", "OTHER", tooMany))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.reason").value("INTAKE_BATCH_TOO_LARGE"));
        send(tenant, "admin", "crm-admin", new MemberIntakeRequest(null, "X", "OTHER", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(
                        MockMvcRequestBuilders.post(PATH)
                                .with(user(tenant, "admin", "crm-admin"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"campaignId\":\"" + UUID.randomUUID()
                                                + "\",\"campaignName\":\"X\",\"members\":[{\"name\":\"No id\",\"phone\":\"13700005002\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        assertThat(leadsOf(tenant)).isZero();
    }

    @Test
    void anAutoSyncedMemberBecomesOneLeadEvenWhenTheEventIsDeliveredTwice() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        CampaignMember member = member("Auto", "13800006001", "auto@example.com");
        String event = captured(tenant, campaign, "LEAD", true, member);

        kafkaTemplate.send(CampaignEvents.TOPIC, campaign.toString(), event).get();
        kafkaTemplate.send(CampaignEvents.TOPIC, campaign.toString(), event).get();
        // The same member captured again (a new event id) is still the same lead.
        kafkaTemplate
                .send(CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "LEAD", true, member))
                .get();

        await().atMost(Duration.ofSeconds(30)).until(() -> processedOf(event) == 1 && leadsOf(tenant) == 1);
        JsonNode taken = KafkaEvents.await(
                        kafka, json, member.memberId().toString(), LeadEvents.CAMPAIGN_MEMBER_TAKEN, 1)
                .getFirst();
        assertThat(taken.get("tenant").asString()).isEqualTo(tenant);
        assertThat(taken.get("data").get("outcome").asString()).isEqualTo("CREATED");
        UUID leadId = UUID.fromString(taken.get("data").get("recordId").asString());
        assertThat(events(leadId, LeadEvents.CREATED)
                        .getFirst()
                        .get("campaignId")
                        .asString())
                .isEqualTo(campaign.toString());
        assertThat(events(leadId, LeadEvents.CREATED)
                        .getFirst()
                        .get("createdBy")
                        .asString())
                .isEqualTo("marketing-id");
        Thread.sleep(1000); // a second intake would show up here
        assertThat(leadsOf(tenant)).isEqualTo(1);
        assertThat(takenEvents(member.memberId())).hasSize(1);

        // The manual sync of the same member answers the lead the event created.
        List<MemberIntakeResult> synced =
                take(tenant, "marketing", "crm-marketing", request(campaign, "Auto", "WEBINAR", member));
        assertThat(synced.getFirst().recordId()).isEqualTo(leadId);
        assertThat(leadsOf(tenant)).isEqualTo(1);
    }

    @Test
    void memberEventsWithoutAutoSyncOrForCustomersAreIgnoredAndAFailureIsAnnounced() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        CampaignMember manual = member("Manual", "13800007001", null);
        CampaignMember forCustomers = member("Customer", "13800007002", null);
        CampaignMember broken = member("Broken", "no phone", null);
        CampaignMember last = member("Last", "13800007004", null);
        String brokenEvent = captured(tenant, campaign, "LEAD", true, broken);

        kafkaTemplate.send(
                CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "LEAD", false, manual));
        kafkaTemplate.send(
                CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "CUSTOMER", true, forCustomers));
        kafkaTemplate.send(CampaignEvents.TOPIC, campaign.toString(), brokenEvent);
        kafkaTemplate
                .send(CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "LEAD", true, last))
                .get();

        // Events of one campaign are consumed in order: once the last one is taken, the others were seen.
        await().atMost(Duration.ofSeconds(30)).until(() -> leadsOf(tenant) == 1);
        assertThat(jdbc.sql("SELECT phone_normalized FROM lead WHERE tenant = ?")
                        .param(tenant)
                        .query(String.class)
                        .single())
                .isEqualTo("13800007004");
        JsonNode failed = KafkaEvents.await(
                        kafka, json, broken.memberId().toString(), LeadEvents.CAMPAIGN_MEMBER_TAKEN, 1)
                .getFirst()
                .get("data");
        assertThat(failed.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asString()).isEqualTo("INVALID_PHONE");
        assertThat(failed.get("recordId").isNull()).isTrue();
        assertThat(takenEvents(manual.memberId())).isEmpty();
        assertThat(takenEvents(forCustomers.memberId())).isEmpty();
        assertThat(processedOf(brokenEvent)).isEqualTo(1);
    }

    @Test
    void aBatchOfAThousandMembersIsTakenInOneGo() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        // Some leads of the tenant to match against, as a campaign's members would meet.
        List<CampaignMember> earlier = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            earlier.add(member("Earlier " + i, "1590000" + String.format("%04d", i), null));
        }
        take(
                tenant,
                "marketing",
                "crm-marketing",
                new MemberIntakeRequest(UUID.randomUUID(), "Warm-up", "OTHER", earlier));

        // Ten batches; the last five, once the JIT has compiled the intake, are what a running service sees.
        int batches = 10;
        long totalNanos = 0;
        long warmNanos = 0;
        for (int b = 0; b < batches; b++) {
            List<CampaignMember> members = new ArrayList<>();
            for (int i = 0; i < MemberIntakeRequest.MAX_MEMBERS; i++) {
                // Every tenth member is someone the tenant already has.
                String phone = i % 10 == 0
                        ? "1590000" + String.format("%04d", b * 100 + i / 10)
                        : "158" + String.format("%02d", b) + String.format("%06d", i);
                members.add(new CampaignMember(
                        UUID.randomUUID(),
                        "Member " + b + "-" + i,
                        phone,
                        "m" + b + "-" + i + "@example.com",
                        "Company " + i,
                        "Manager",
                        "Retail",
                        "Hangzhou",
                        null,
                        null,
                        null,
                        Map.of("size", "50-200")));
            }
            MemberIntakeRequest batch = new MemberIntakeRequest(campaign, "Big expo", "EXHIBITION", members);
            // The outbox relay sends the previous batch's events first: the batch is timed alone, not racing it.
            long drainStart = System.nanoTime();
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> pendingEvents() == 0);
            long drainMillis = (System.nanoTime() - drainStart) / 1_000_000;
            long start = System.nanoTime();
            List<MemberIntakeResult> results = take(tenant, "marketing", "crm-marketing", batch);
            long nanos = System.nanoTime() - start;
            totalNanos += nanos;
            if (b >= batches / 2) {
                warmNanos += nanos;
            }
            assertThat(results).hasSize(1000);
            assertThat(results.stream().filter(r -> r.outcome() == IntakeOutcome.LINKED))
                    .hasSize(100);
            log.info(
                    "Campaign member intake: batch {} of 1,000 members took {} ms ({} members/s); the outbox relay"
                            + " had sent the events of the batch before in {} ms",
                    b + 1,
                    nanos / 1_000_000,
                    1000L * 1_000_000_000L / nanos,
                    drainMillis);
        }
        log.info(
                "Campaign member intake: {} batches of 1,000 members, {} ms on average, {} members/s; the last {}:"
                        + " {} ms on average, {} members/s",
                batches,
                totalNanos / batches / 1_000_000,
                batches * 1000L * 1_000_000_000L / totalNanos,
                batches / 2,
                warmNanos / (batches / 2) / 1_000_000,
                batches / 2 * 1000L * 1_000_000_000L / warmNanos);
        assertThat(leadsOf(tenant)).isEqualTo(1000 + batches * 900);
    }

    private List<MemberIntakeResult> take(String tenant, String username, String role, MemberIntakeRequest request)
            throws Exception {
        String answer = send(tenant, username, role, request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readValue(answer, MemberIntakeResponse.class).results();
    }

    private ResultActions send(String tenant, String username, String role, MemberIntakeRequest request)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(PATH)
                .with(user(tenant, username, role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(request)));
    }

    private static MemberIntakeRequest request(UUID campaign, String name, String type, CampaignMember... members) {
        return new MemberIntakeRequest(campaign, name, type, List.of(members));
    }

    private static CampaignMember member(String name, String phone, String email) {
        return new CampaignMember(
                UUID.randomUUID(), name, phone, email, null, null, null, null, null, null, null, null);
    }

    private String captured(String tenant, UUID campaign, String target, boolean autoSync, CampaignMember member) {
        return json.writeValueAsString(new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/campaign-service",
                CampaignEvents.MEMBER_CAPTURED.type(),
                campaign.toString(),
                Instant.now(),
                EventEnvelope.DATA_CONTENT_TYPE,
                tenant,
                new MemberCaptured(
                        campaign,
                        "Auto expo",
                        "WEBINAR",
                        target,
                        autoSync,
                        "OFFLINE",
                        member,
                        "marketing-id",
                        Instant.now())));
    }

    private long leadsOf(String tenant) {
        return jdbc.sql("SELECT count(*) FROM lead WHERE tenant = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    private List<JsonNode> takenEvents(UUID memberId) {
        return events(memberId, LeadEvents.CAMPAIGN_MEMBER_TAKEN);
    }

    private long pendingEvents() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
                .query(Long.class)
                .single();
    }

    private long processedOf(String envelope) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = CAST(? AS uuid)")
                .param(json.readTree(envelope).get("id").asString())
                .query(Long.class)
                .single();
    }

    @SafeVarargs
    private static <T> List<T> race(Callable<T>... calls) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> call : calls) {
                results.add(executor.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get());
            }
            return answers;
        } finally {
            executor.shutdownNow();
        }
    }
}
