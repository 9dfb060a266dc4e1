package com.crmplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The thin slice through every real component: Keycloak tokens, the gateway, lead-service with its PostgreSQL
 * database and outbox, Kafka, and campaign-service consuming the event, all started by {@code deploy/crm up}.
 */
@ExtendWith(PlatformExtension.class)
class PlatformSliceE2EIT {

    /**
     * A new lead with a phone of its own: lead-service refuses a second lead with the same phone (409
     * {@code LEAD_DUPLICATE}), and the platform's database outlives a single run.
     */
    static String zhangSan() {
        return "{\"name\":\"Zhang San\",\"company\":\"Acme Retail\",\"phone\":\"" + uniquePhone()
                + "\",\"source\":\"TRADE_SHOW\"}";
    }

    static String uniquePhone() {
        return "138" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = Gateway.JSON;
    final Gateway gateway = new Gateway();

    @Test
    void createsALeadThroughTheGatewayAndAnotherServiceReceivesItsEventOnce() throws Exception {
        UUID campaign = UUID.randomUUID();
        HttpResponse<String> created = post(
                "/api/v1/leads",
                token("acme-sales1"),
                "{\"name\":\"Zhang San\",\"company\":\"Acme Retail\",\"phone\":\"" + uniquePhone() + "\","
                        + "\"source\":\"TRADE_SHOW\",\"campaignId\":\"" + campaign + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode lead = json.readTree(created.body());
        String id = lead.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/leads/" + id);
        assertThat(lead.get("status").asString()).isEqualTo("NEW");

        HttpResponse<String> read = get("/api/v1/leads/" + id, token("acme-sales1"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("name").asString()).isEqualTo("Zhang San");

        String admin = token("acme-admin");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> leadsOfCampaign(admin, campaign) == 1);
        Thread.sleep(3000); // a duplicate delivery would be counted by now
        assertThat(leadsOfCampaign(admin, campaign)).isEqualTo(1);
    }

    @Test
    void refusesACallWithoutTokenAtTheGateway() throws Exception {
        HttpResponse<String> response = post("/api/v1/leads", null, zhangSan());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void refusesARoleThatMayNotCreateLeads() throws Exception {
        HttpResponse<String> response = post("/api/v1/leads", token("acme-finance"), zhangSan());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void answersAMalformedBodyWithAProblem() throws Exception {
        HttpResponse<String> response = post("/api/v1/leads", token("acme-sales1"), "{\"name\": \"Zhang");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void aUserOfAnotherTenantCannotReadTheLead() throws Exception {
        HttpResponse<String> created = post("/api/v1/leads", token("acme-admin"), zhangSan());
        String id = json.readTree(created.body()).get("id").asString();

        HttpResponse<String> response = get("/api/v1/leads/" + id, token("globex-admin"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void carriesTheCallersTraceThroughGatewayServiceOutboxAndKafkaIntoTheConsumersLogs() throws Exception {
        assumeFalse(Platform.EXTERNAL, "reads a DEBUG line that only the suite's own platform logs");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.gateway() + "/api/v1/leads"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token("acme-marketing"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString(zhangSan()))
                .build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(201);

        Path consumerLog = Platform.RUN_DIR.resolve("logs/campaign-service.log");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Files.readString(consumerLog).contains(traceId));
    }

    @Test
    void convertsALeadThroughTheGatewayIntoACustomerOfCustomerServiceOnce() throws Exception {
        String sales = token("acme-sales1");
        HttpResponse<String> created = post("/api/v1/leads", sales, zhangSan());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String leadId = json.readTree(created.body()).get("id").asString();

        HttpResponse<String> converted = post("/api/v1/leads/" + leadId + "/convert", sales, "{}");

        assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
        JsonNode conversion = json.readTree(converted.body());
        assertThat(conversion.get("leadId").asString()).isEqualTo(leadId);
        assertThat(conversion.get("status").asString()).isEqualTo("CONVERTED");
        String customerId = conversion.get("customerId").asString();

        HttpResponse<String> customer = get("/api/v1/customers/" + customerId, sales);
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(200);
        assertThat(json.readTree(customer.body()).get("sourceLeadId").asString())
                .isEqualTo(leadId);

        HttpResponse<String> again = post("/api/v1/leads/" + leadId + "/convert", sales, "{}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        JsonNode refusal = json.readTree(again.body());
        assertThat(refusal.get("reason").asString()).isEqualTo("LEAD_ALREADY_CONVERTED");
        assertThat(refusal.get("customerId").asString()).isEqualTo(customerId);
    }

    @Test
    void listsTheSalespeopleOfTheCallersTenantFromKeycloak() throws Exception {
        HttpResponse<String> response = get("/api/v1/users/salespeople", token("acme-admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).findValuesAsString("username"))
                .containsExactly("acme-sales1", "acme-sales2");
    }

    /**
     * "When a salesperson leaves": one admin call moves their customers (customer-service, at once) and their leads
     * (lead-service, from the user-offboarded event) to a colleague, who then sees both as theirs.
     */
    @Test
    void offboardingASalespersonMovesTheirCustomersAndLeadsToAColleague() throws Exception {
        String leaver = token("acme-sales2");
        String colleague = token("acme-sales1");
        String admin = token("acme-admin");
        Map<String, String> idOf = salespeopleIds(admin);

        HttpResponse<String> lead = post("/api/v1/leads", leaver, zhangSan());
        assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
        String leadId = json.readTree(lead.body()).get("id").asString();
        HttpResponse<String> customer = post(
                "/api/v1/customers",
                leaver,
                "{\"kind\":\"ORGANIZATION\",\"name\":\"Leaver Trading " + UUID.randomUUID() + "\",\"phone\":\""
                        + uniquePhone() + "\"}");
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        String customerId = json.readTree(customer.body()).get("id").asString();
        assertThat(get("/api/v1/customers/" + customerId, colleague).statusCode())
                .as("another salesperson's customer is hidden")
                .isEqualTo(404);

        HttpResponse<String> offboarded = post(
                "/api/v1/users/" + idOf.get("acme-sales2") + "/offboard",
                admin,
                "{\"toOwnerId\":\"" + idOf.get("acme-sales1") + "\",\"reason\":\"left the company\"}");

        assertThat(offboarded.statusCode()).as(offboarded.body()).isEqualTo(200);
        HttpResponse<String> movedCustomer = get("/api/v1/customers/" + customerId, colleague);
        assertThat(movedCustomer.statusCode()).as(movedCustomer.body()).isEqualTo(200);
        assertThat(json.readTree(movedCustomer.body()).get("ownerId").asString())
                .isEqualTo(idOf.get("acme-sales1"));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    HttpResponse<String> movedLead = get("/api/v1/leads/" + leadId, colleague);
                    assertThat(movedLead.statusCode()).as(movedLead.body()).isEqualTo(200);
                    assertThat(json.readTree(movedLead.body()).get("ownerId").asString())
                            .isEqualTo(idOf.get("acme-sales1"));
                });
        assertThat(get("/api/v1/leads/" + leadId + "/history", admin).body()).contains("OFFBOARDED");
    }

    /**
     * A customer created in customer-service becomes dealable in deal-service through its event, an opportunity on
     * it moves the customer's deal status (deal-service's event back to customer-service), lost, reopened by an
     * admin, won, turned into a contract an admin approves (the customer is then a DEAL), and the board counts it;
     * other salespeople and marketing are refused.
     */
    @Test
    void anOpportunityThroughTheGatewayMovesTheCustomersDealStatus() throws Exception {
        String sales = token("acme-sales1");
        HttpResponse<String> customer = post(
                "/api/v1/customers",
                sales,
                "{\"kind\":\"ORGANIZATION\",\"name\":\"Deal Trading " + UUID.randomUUID() + "\"}");
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        String customerId = json.readTree(customer.body()).get("id").asString();
        String opportunity = "{\"customerId\":\"" + customerId
                + "\",\"name\":\"ERP\",\"amount\":250000.00,\"expectedCloseDate\":\"2027-03-31\"}";

        String[] opportunityId = new String[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    HttpResponse<String> created = post("/api/v1/opportunities", sales, opportunity);
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    opportunityId[0] = json.readTree(created.body()).get("id").asString();
                });
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(json.readTree(get("/api/v1/customers/" + customerId, sales)
                                        .body())
                                .get("dealStatus")
                                .asString())
                        .isEqualTo("IN_PROGRESS"));

        HttpResponse<String> lost = post(
                "/api/v1/opportunities/" + opportunityId[0] + "/stage",
                sales,
                "{\"stage\":\"LOST\",\"lossReason\":\"PRICE\"}");
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(json.readTree(get("/api/v1/customers/" + customerId, sales)
                                        .body())
                                .get("dealStatus")
                                .asString())
                        .isEqualTo("NONE"));
        HttpResponse<String> reopened =
                post("/api/v1/opportunities/" + opportunityId[0] + "/reopen", token("acme-admin"), "{}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        HttpResponse<String> won =
                post("/api/v1/opportunities/" + opportunityId[0] + "/stage", sales, "{\"stage\":\"WON\"}");
        assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
        HttpResponse<String> contract = post(
                "/api/v1/contracts",
                sales,
                "{\"opportunityId\":\"" + opportunityId[0] + "\",\"signedAt\":\"2026-12-01\"}");
        assertThat(contract.statusCode()).as(contract.body()).isEqualTo(201);
        JsonNode draft = json.readTree(contract.body());
        assertThat(draft.get("number").asString()).matches("HT-\\d{4}-\\d{6}");
        assertThat(draft.get("amount").decimalValue()).isEqualByComparingTo("250000.00");
        String contractId = draft.get("id").asString();
        assertThat(post("/api/v1/contracts/" + contractId + "/submit", sales, "{}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(post("/api/v1/contracts/" + contractId + "/approve", sales, "{}")
                        .statusCode())
                .as("only an admin approves")
                .isEqualTo(403);
        HttpResponse<String> approved =
                post("/api/v1/contracts/" + contractId + "/approve", token("acme-admin"), "{\"comment\":\"ok\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(get("/api/v1/contracts/" + contractId, token("acme-finance")).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(json.readTree(get("/api/v1/customers/" + customerId, sales)
                                        .body())
                                .get("dealStatus")
                                .asString())
                        .isEqualTo("DEAL"));

        JsonNode board =
                json.readTree(get("/api/v1/opportunities/pipeline", sales).body());
        assertThat(board.get("stages").findValuesAsString("stage")).contains("QUALIFICATION", "WON", "LOST");

        assertThat(get("/api/v1/opportunities/" + opportunityId[0], token("acme-sales2"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/opportunities/" + opportunityId[0], token("acme-marketing"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/pipeline-stages", token("acme-admin")).statusCode())
                .isEqualTo(200);
    }

    /**
     * 市场活动 end to end: marketing creates an online campaign in two steps (basic information, then the form) and
     * publishes it; a visitor without a token opens the promotion page and signs up twice with the same phone (one
     * member); marketing enters a business card offline; the sync makes each member exactly one lead in the pool, a
     * second sync makes none; the campaign's data counts them. Sales may read but not sync; another tenant sees
     * nothing.
     */
    @Test
    void aCampaignCapturesMembersAndSyncsThemIntoTheLeadPoolExactlyOnce() throws Exception {
        String marketing = token("acme-marketing");
        java.time.Instant now = java.time.Instant.now();
        HttpResponse<String> created = post(
                "/api/v1/campaigns",
                marketing,
                "{\"name\":\"Spring CRM Summit\",\"type\":\"CONFERENCE\",\"mode\":\"ONLINE\",\"startAt\":\""
                        + now.minusSeconds(3600) + "\",\"endAt\":\"" + now.plusSeconds(7 * 86_400)
                        + "\",\"budget\":100000.00,\"targetObject\":\"LEAD\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String campaign = json.readTree(created.body()).get("id").asString();
        String base = "/api/v1/campaigns/" + campaign;
        assertThat(post(base + "/publish", marketing, "").statusCode())
                .as("no form yet")
                .isEqualTo(409);
        HttpResponse<String> form = put(
                base + "/form",
                marketing,
                "{\"fields\":[{\"key\":\"name\",\"type\":\"TEXT\",\"required\":true},"
                        + "{\"key\":\"phone\",\"type\":\"TEXT\",\"required\":true},"
                        + "{\"key\":\"company\",\"type\":\"TEXT\",\"required\":false},"
                        + "{\"key\":\"interest\",\"label\":\"Interest\",\"type\":\"SINGLE_CHOICE\","
                        + "\"required\":false,\"options\":[\"CRM\",\"BI\"]}]}");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        HttpResponse<String> published = post(base + "/publish", marketing, "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String link = json.readTree(get(base + "/link", marketing).body())
                .get("token")
                .asString();

        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(Platform.gateway() + "/p/" + link))
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Spring CRM Summit", "Interest");
        String visitorPhone = uniquePhone();
        String submission = "{\"answers\":{\"name\":\"Wang Wu\",\"phone\":\"" + visitorPhone
                + "\",\"company\":\"Wang Trading\",\"interest\":\"CRM\"}}";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> submitted =
                    post("/api/v1/public/campaigns/" + link + "/submissions", null, submission);
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        }
        HttpResponse<String> card = post(
                base + "/members",
                marketing,
                "{\"answers\":{\"name\":\"Zhao Liu\",\"phone\":\"" + uniquePhone() + "\"}}");
        assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
        JsonNode members = json.readTree(get(base + "/members", marketing).body());
        assertThat(members.get("totalElements").asLong()).isEqualTo(2);

        assertThat(post(base + "/sync", token("acme-sales1"), "").statusCode()).isEqualTo(403);
        HttpResponse<String> sync = post(base + "/sync", marketing, "");
        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        assertThat(json.readTree(sync.body()).get("synced").asInt()).isEqualTo(2);
        HttpResponse<String> again = post(base + "/sync", marketing, "");
        assertThat(json.readTree(again.body()).get("synced").asInt()).isZero();

        JsonNode leads = json.readTree(
                get("/api/v1/leads?campaignId=" + campaign, token("acme-admin")).body());
        assertThat(leads.get("totalElements").asLong()).isEqualTo(2);
        assertThat(leads.get("items").findValuesAsString("phone")).contains(visitorPhone);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode stats = json.readTree(
                            get(base + "/stats", token("acme-finance")).body());
                    assertThat(stats.get("views").asLong()).isEqualTo(1);
                    assertThat(stats.get("members").asLong()).isEqualTo(2);
                    assertThat(stats.get("synced").asLong()).isEqualTo(2);
                    assertThat(stats.get("leads").asLong()).isEqualTo(2);
                    assertThat(stats.get("cost").decimalValue()).isEqualByComparingTo("100000.00");
                });
        assertThat(get(base, token("globex-admin")).statusCode()).isEqualTo(404);
    }

    private Map<String, String> salespeopleIds(String adminToken) throws Exception {
        HttpResponse<String> response = get("/api/v1/users/salespeople", adminToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> ids = new java.util.HashMap<>();
        for (JsonNode person : json.readTree(response.body())) {
            ids.put(person.get("username").asString(), person.get("id").asString());
        }
        return ids;
    }

    private long leadsOfCampaign(String token, UUID campaign) throws Exception {
        HttpResponse<String> report = get("/api/v1/campaigns/lead-sources", token);
        assertThat(report.statusCode()).isEqualTo(200);
        for (JsonNode row : json.readTree(report.body()).get("byCampaign")) {
            if (row.get("campaignId").asString().equals(campaign.toString())) {
                return row.get("leads").asLong();
            }
        }
        return 0;
    }

    private String token(String username) throws Exception {
        return gateway.token(username);
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return gateway.post(path, token, body);
    }

    private HttpResponse<String> put(String path, String token, String body) throws Exception {
        return gateway.put(path, token, body);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return gateway.get(path, token);
    }
}
