package com.crmplatform.customerservice.campaign;

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
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.customerservice.CustomerServiceIT;
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
 * Campaign members taken in as customers, through the manual sync's endpoint and the auto-sync's events, against
 * the real database and broker: exactly one customer per member whatever is repeated or raced.
 */
class IntakeIT extends CustomerServiceIT {

    private static final Logger log = LoggerFactory.getLogger(IntakeIT.class);

    private static final String PATH = "/api/v1/customers/campaign-members";

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Test
    void aBatchCreatesPoolCustomersOfTheCampaignWithTheirFirstContactAndPublishesTheirEvents() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        CampaignMember zhang = new CampaignMember(
                UUID.randomUUID(),
                " Zhang San ",
                "138-0000-1001",
                "Zhang@Acme.com",
                "Acme Trading",
                "CTO",
                "Retail",
                "Shanghai",
                "https://acme.example",
                "zhangsan_wx",
                "Wants a demo",
                Map.of("budget", "100k-500k"));
        CampaignMember li = member("Li Si", "13800001002", null);

        List<MemberIntakeResult> results =
                take(tenant, "marketing", "crm-marketing", request(campaign, "Spring Expo", "EXHIBITION", zhang, li));

        assertThat(results).extracting(MemberIntakeResult::outcome).containsOnly(IntakeOutcome.CREATED);
        assertThat(results).extracting(MemberIntakeResult::memberId).containsExactly(zhang.memberId(), li.memberId());
        UUID acme = results.get(0).recordId();
        Map<String, Object> row = jdbc.sql("SELECT * FROM customer WHERE id = ?")
                .param(acme)
                .query()
                .singleRow();
        assertThat(row.get("tenant")).isEqualTo(tenant);
        assertThat(row.get("kind")).isEqualTo("ORGANIZATION");
        assertThat(row.get("name")).isEqualTo("Acme Trading");
        assertThat(row.get("industry")).isEqualTo("Retail");
        assertThat(row.get("address")).isEqualTo("Shanghai");
        assertThat(row.get("website")).isEqualTo("https://acme.example");
        assertThat(row.get("source")).isEqualTo("TRADE_SHOW");
        assertThat(row.get("source_campaign_id")).isEqualTo(campaign);
        assertThat(row.get("owner_id")).isNull();
        assertThat(row.get("created_by")).isEqualTo(idOf(tenant, "marketing"));
        assertThat(row.get("remarks")).isEqualTo("Campaign: Spring Expo\nWants a demo\nbudget: 100k-500k");
        Map<String, Object> contact = jdbc.sql("SELECT * FROM contact WHERE customer_id = ?")
                .param(acme)
                .query()
                .singleRow();
        assertThat(contact.get("name")).isEqualTo("Zhang San");
        assertThat(contact.get("title")).isEqualTo("CTO");
        assertThat(contact.get("phone")).isEqualTo("138-0000-1001");
        assertThat(contact.get("email")).isEqualTo("Zhang@Acme.com");
        assertThat(contact.get("other_contact")).isEqualTo("zhangsan_wx");
        assertThat(contact.get("is_primary")).isEqualTo(true);
        Map<String, Object> person = jdbc.sql("SELECT kind, name FROM customer WHERE id = ?")
                .param(results.get(1).recordId())
                .query()
                .singleRow();
        assertThat(person).isEqualTo(Map.of("kind", "INDIVIDUAL", "name", "Li Si"));

        JsonNode created = events(acme, CustomerEvents.CREATED, 1).getFirst().get("data");
        assertThat(created.get("sourceCampaignId").asString()).isEqualTo(campaign.toString());
        assertThat(created.get("kind").asString()).isEqualTo("ORGANIZATION");
        assertThat(created.get("ownerId").isNull()).isTrue();
        events(acme, CustomerEvents.CONTACT_CREATED, 1);
        // The answer is the manual sync's report: no campaign-member-taken event on this path.
        assertThat(outboxCount(zhang.memberId().toString(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN))
                .isZero();
    }

    @Test
    void sendingTheSameBatchAgainCreatesNothingAndAnswersTheSameCustomers() throws Exception {
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
        assertThat(customersOf(tenant)).isEqualTo(3);
        assertThat(contactsOf(tenant)).isEqualTo(3);
        for (MemberIntakeResult result : first) {
            assertThat(outboxCount(result.recordId().toString(), CustomerEvents.CREATED))
                    .isEqualTo(1);
        }
    }

    @Test
    void twoConcurrentIdenticalBatchesMakeExactlyOneCustomerPerMember() throws Exception {
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
        assertThat(customersOf(tenant)).isEqualTo(200);
        assertThat(contactsOf(tenant)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_member_intake WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE tenant = ? AND type = ?")
                        .params(tenant, CustomerEvents.CREATED.type())
                        .query(Long.class)
                        .single())
                .isEqualTo(200);
    }

    @Test
    void aMemberWhoIsACustomerOrAContactOfTheTenantIsLinked() throws Exception {
        String tenant = newTenant();
        String otherTenant = newTenant();
        UUID byCustomerPhone = createCustomer(
                tenant, "admin", "crm-admin", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Old\",\"phone\":\"135-0000-3001\"}");
        UUID globex = createCustomer(tenant, "admin", "crm-admin", "{\"kind\":\"ORGANIZATION\",\"name\":\"Globex\"}");
        addContact(tenant, globex, "{\"name\":\"Mail\",\"email\":\"mail@globex.com\",\"phone\":\"13500003002\"}");
        UUID deleted = createCustomer(
                tenant, "admin", "crm-admin", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Gone\",\"phone\":\"13500003009\"}");
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/customers/" + deleted)
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().is2xxSuccessful());
        UUID elsewhere = createCustomer(
                otherTenant,
                "admin",
                "crm-admin",
                "{\"kind\":\"INDIVIDUAL\",\"name\":\"Other\",\"phone\":\"13500003005\"}");

        CampaignMember phone = member("Phone", "13500003001", null);
        CampaignMember mail = member("Mail again", null, " MAIL@Globex.com ");
        CampaignMember contactPhone = member("Contact phone", "135 0000 3002", null);
        CampaignMember notHere = member("Not here", "13500003005", null);
        CampaignMember colleague = new CampaignMember(
                UUID.randomUUID(),
                "Colleague",
                "13500003006",
                null,
                " GLOBEX ",
                "CFO",
                null,
                null,
                null,
                null,
                null,
                null);
        CampaignMember twinA = member("Twin A", "13500003007", null);
        CampaignMember twinB = member("Twin B", "135-0000-3007", "twin@b.com");
        CampaignMember gone = member("Gone again", "13500003009", null);
        List<MemberIntakeResult> results = take(
                tenant,
                "marketing",
                "crm-marketing",
                request(
                        UUID.randomUUID(),
                        "Expo",
                        "CONFERENCE",
                        phone,
                        mail,
                        contactPhone,
                        notHere,
                        colleague,
                        twinA,
                        twinB,
                        gone));

        assertThat(results)
                .extracting(MemberIntakeResult::outcome)
                .containsExactly(
                        IntakeOutcome.LINKED,
                        IntakeOutcome.LINKED,
                        IntakeOutcome.LINKED,
                        IntakeOutcome.CREATED,
                        IntakeOutcome.LINKED,
                        IntakeOutcome.CREATED,
                        IntakeOutcome.LINKED,
                        IntakeOutcome.CREATED);
        assertThat(results.get(0).recordId()).isEqualTo(byCustomerPhone);
        assertThat(results.get(1).recordId()).isEqualTo(globex);
        assertThat(results.get(2).recordId()).isEqualTo(globex);
        // Another tenant's customer with the same phone is none of this tenant's business.
        assertThat(results.get(3).recordId()).isNotEqualTo(elsewhere);
        // A person of a company that is a customer joins it as a contact: no second "Globex".
        assertThat(results.get(4).recordId()).isEqualTo(globex);
        assertThat(jdbc.sql("SELECT name, is_primary FROM contact WHERE customer_id = ? AND title = 'CFO'")
                        .param(globex)
                        .query()
                        .singleRow())
                .isEqualTo(Map.of("name", "Colleague", "is_primary", false));
        // The same person twice in one batch: one customer.
        assertThat(results.get(6).recordId()).isEqualTo(results.get(5).recordId());
        // A deleted customer is not linked.
        assertThat(results.get(7).recordId()).isNotEqualTo(deleted);
        assertThat(customersOf(tenant)).isEqualTo(3 + 3);
        assertThat(outboxCount(globex.toString(), CustomerEvents.CONTACT_CREATED))
                .isEqualTo(2);
    }

    @Test
    void anInvalidMemberFailsAloneAndIsTriedAgainByTheNextSync() throws Exception {
        String tenant = newTenant();
        CampaignMember good = member("Good", "13600004001", null);
        CampaignMember badPhone = member("Bad phone", "call me", null);
        CampaignMember noName = member("  ", "13600004003", null);
        CampaignMember unreachable = member("Nobody", null, null);
        CampaignMember badEmail = member("Bad email", null, "not-an-email");
        CampaignMember longCompany = new CampaignMember(
                UUID.randomUUID(),
                "Long",
                "13600004006",
                null,
                "X".repeat(201),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        UUID campaign = UUID.randomUUID();

        List<MemberIntakeResult> results = take(
                tenant,
                "marketing",
                "crm-marketing",
                request(campaign, "Expo", "EXHIBITION", good, badPhone, noName, unreachable, badEmail, longCompany));

        assertThat(results)
                .extracting(MemberIntakeResult::reason)
                .containsExactly(
                        null, "INVALID_PHONE", "MISSING_NAME", "NO_CONTACT", "INVALID_EMAIL", "INVALID_COMPANY");
        assertThat(results.subList(1, 6))
                .extracting(MemberIntakeResult::outcome)
                .containsOnly(IntakeOutcome.FAILED);
        assertThat(results.get(1).recordId()).isNull();
        assertThat(customersOf(tenant)).isEqualTo(1);
        assertThat(outboxCount(badPhone.memberId().toString(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN))
                .isZero();

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
        assertThat(customersOf(tenant)).isEqualTo(2);
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
        assertThat(customersOf(tenant)).isZero();
    }

    @Test
    void anAutoSyncedMemberBecomesOneCustomerEvenWhenTheEventIsDeliveredTwice() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        CampaignMember member = member("Auto", "13800006001", "auto@example.com");
        String event = captured(tenant, campaign, "CUSTOMER", true, member);

        kafkaTemplate.send(CampaignEvents.TOPIC, campaign.toString(), event).get();
        kafkaTemplate.send(CampaignEvents.TOPIC, campaign.toString(), event).get();
        kafkaTemplate
                .send(CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "CUSTOMER", true, member))
                .get();

        await().atMost(Duration.ofSeconds(30)).until(() -> processedOf(event) == 1 && customersOf(tenant) == 1);
        JsonNode taken = events(member.memberId().toString(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN, 1)
                .getFirst();
        assertThat(taken.get("tenant").asString()).isEqualTo(tenant);
        assertThat(taken.get("data").get("outcome").asString()).isEqualTo("CREATED");
        UUID customerId = UUID.fromString(taken.get("data").get("recordId").asString());
        JsonNode created =
                events(customerId, CustomerEvents.CREATED, 1).getFirst().get("data");
        assertThat(created.get("sourceCampaignId").asString()).isEqualTo(campaign.toString());
        assertThat(created.get("createdBy").asString()).isEqualTo("marketing-id");
        Thread.sleep(1000); // a second intake would show up here
        assertThat(customersOf(tenant)).isEqualTo(1);
        assertThat(outboxCount(member.memberId().toString(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN))
                .isEqualTo(1);

        List<MemberIntakeResult> synced =
                take(tenant, "marketing", "crm-marketing", request(campaign, "Auto", "WEBINAR", member));
        assertThat(synced.getFirst().recordId()).isEqualTo(customerId);
        assertThat(customersOf(tenant)).isEqualTo(1);
    }

    @Test
    void memberEventsWithoutAutoSyncOrForLeadsAreIgnoredAndAFailureIsAnnounced() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        CampaignMember manual = member("Manual", "13800007001", null);
        CampaignMember forLeads = member("Lead", "13800007002", null);
        CampaignMember broken = member("Broken", "no phone", null);
        CampaignMember last = member("Last", "13800007004", null);
        String brokenEvent = captured(tenant, campaign, "CUSTOMER", true, broken);

        kafkaTemplate.send(
                CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "CUSTOMER", false, manual));
        kafkaTemplate.send(
                CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "LEAD", true, forLeads));
        kafkaTemplate.send(CampaignEvents.TOPIC, campaign.toString(), brokenEvent);
        kafkaTemplate
                .send(CampaignEvents.TOPIC, campaign.toString(), captured(tenant, campaign, "CUSTOMER", true, last))
                .get();

        // Events of one campaign are consumed in order: once the last one is taken, the others were seen.
        await().atMost(Duration.ofSeconds(30)).until(() -> customersOf(tenant) == 1);
        assertThat(jdbc.sql("SELECT phone_digits FROM customer WHERE tenant = ?")
                        .param(tenant)
                        .query(String.class)
                        .single())
                .isEqualTo("13800007004");
        JsonNode failed = events(broken.memberId().toString(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN, 1)
                .getFirst()
                .get("data");
        assertThat(failed.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asString()).isEqualTo("INVALID_PHONE");
        assertThat(failed.get("recordId").isNull()).isTrue();
        assertThat(outboxCount(manual.memberId().toString(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN))
                .isZero();
        assertThat(outboxCount(forLeads.memberId().toString(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN))
                .isZero();
        assertThat(processedOf(brokenEvent)).isEqualTo(1);
    }

    @Test
    void aBatchOfAThousandMembersIsTakenInOneGo() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
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
                        i % 2 == 0 ? "Company " + b + "-" + i : null,
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
        assertThat(customersOf(tenant)).isEqualTo(1000 + batches * 900);
    }

    private void addContact(String tenant, UUID customer, String body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/customers/" + customer + "/contacts")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
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

    private long customersOf(String tenant) {
        return jdbc.sql("SELECT count(*) FROM customer WHERE tenant = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    private long contactsOf(String tenant) {
        return jdbc.sql("SELECT count(*) FROM contact WHERE tenant = ?")
                .param(tenant)
                .query(Long.class)
                .single();
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
