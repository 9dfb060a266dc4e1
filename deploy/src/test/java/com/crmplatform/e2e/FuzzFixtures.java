package com.crmplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * The real resources the schema fuzzing fills path parameters with: a lead, a customer with a contact, an opportunity
 * and an approved contract of acme-sales1, a payment on it (acme-finance), and a published campaign with its public
 * link (acme-marketing). Created once per run through the API, like any client would.
 */
final class FuzzFixtures {

    /** Every text the suite writes holds it: the resources it creates, the valid values of its requests. */
    static final String MARK = "Fuzz ";

    final Gateway gateway;
    String salesId;
    String lead;
    String customer;
    String contact;
    String opportunity;
    String contract;
    String payment;
    String campaign;
    String link;

    FuzzFixtures(Gateway gateway) {
        this.gateway = gateway;
    }

    static String uniquePhone() {
        return "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    FuzzFixtures create() throws Exception {
        String admin = gateway.token("acme-admin");
        String sales = gateway.token("acme-sales1");
        String marketing = gateway.token("acme-marketing");
        for (JsonNode person : json(expect(gateway.get("/api/v1/users/salespeople", admin), 200))) {
            if (person.get("username").asString().equals("acme-sales1")) {
                salesId = person.get("id").asString();
            }
        }
        lead = id(expect(
                gateway.post(
                        "/api/v1/leads",
                        sales,
                        "{\"name\":\"Fuzz Lead\",\"company\":\"Fuzz Trading\",\"phone\":\"" + uniquePhone()
                                + "\",\"source\":\"WEBSITE\"}"),
                201));
        customer = id(expect(
                gateway.post(
                        "/api/v1/customers",
                        sales,
                        "{\"kind\":\"ORGANIZATION\",\"name\":\"Fuzz Trading " + UUID.randomUUID() + "\"}"),
                201));
        contact = id(expect(
                gateway.post(
                        "/api/v1/customers/" + customer + "/contacts",
                        sales,
                        "{\"name\":\"Fuzz Li Si\",\"phone\":\"" + uniquePhone() + "\"}"),
                201));
        String newOpportunity = "{\"customerId\":\"" + customer
                + "\",\"name\":\"Fuzz ERP\",\"amount\":100000.00,\"expectedCloseDate\":\"2027-03-31\"}";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() ->
                        opportunity = id(expect(gateway.post("/api/v1/opportunities", sales, newOpportunity), 201)));
        expect(gateway.post("/api/v1/opportunities/" + opportunity + "/stage", sales, "{\"stage\":\"WON\"}"), 200);
        contract = id(expect(
                gateway.post(
                        "/api/v1/contracts",
                        sales,
                        "{\"opportunityId\":\"" + opportunity + "\",\"signedAt\":\"2026-11-01\"}"),
                201));
        expect(gateway.post("/api/v1/contracts/" + contract + "/submit", sales, "{}"), 200);
        expect(gateway.post("/api/v1/contracts/" + contract + "/approve", admin, "{\"comment\":\"ok\"}"), 200);
        String finance = gateway.token("acme-finance");
        String newPayment = "{\"contractId\":\"" + contract + "\",\"amount\":100.00,\"currency\":\"CNY\","
                + "\"receivedAt\":\"2026-11-15\",\"method\":\"BANK_TRANSFER\"}";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> payment = id(expect(gateway.post("/api/v1/payments", finance, newPayment), 201)));

        Instant now = Instant.now();
        campaign = id(expect(
                gateway.post(
                        "/api/v1/campaigns",
                        marketing,
                        "{\"name\":\"Fuzz Summit\",\"type\":\"CONFERENCE\",\"mode\":\"ONLINE\",\"startAt\":\""
                                + now.minusSeconds(3600) + "\",\"endAt\":\"" + now.plusSeconds(30 * 86_400)
                                + "\",\"budget\":1000.00,\"targetObject\":\"LEAD\"}"),
                201));
        expect(
                gateway.put(
                        "/api/v1/campaigns/" + campaign + "/form",
                        marketing,
                        "{\"fields\":[{\"key\":\"name\",\"type\":\"TEXT\",\"required\":true},"
                                + "{\"key\":\"phone\",\"type\":\"TEXT\",\"required\":true}]}"),
                200);
        expect(gateway.post("/api/v1/campaigns/" + campaign + "/publish", marketing, ""), 200);
        link = json(expect(gateway.get("/api/v1/campaigns/" + campaign + "/link", marketing), 200))
                .get("token")
                .asString();
        return this;
    }

    /** The resource a path parameter of {@code path} names. */
    String pathValue(String path, String parameter) {
        return switch (parameter) {
            case "userId" -> UUID.randomUUID().toString(); // never a real user: offboarding moves their data
            case "code" -> "FZ_NO_SUCH_CODE"; // a settings entry of the tenant is never changed
            case "token" -> link;
            case "contactId" -> contact;
            case "leadId" -> lead;
            case "customerId" -> customer;
            case "opportunityId" -> opportunity;
            case "contractId" -> contract;
            case "campaignId" -> campaign;
            case "memberId" -> UUID.randomUUID().toString();
            default -> {
                if (path.startsWith("/api/v1/leads")) {
                    yield lead;
                } else if (path.startsWith("/api/v1/customers")) {
                    yield customer;
                } else if (path.startsWith("/api/v1/opportunities")) {
                    yield opportunity;
                } else if (path.startsWith("/api/v1/contracts")) {
                    yield contract;
                } else if (path.startsWith("/api/v1/payments")) {
                    yield payment;
                } else if (path.startsWith("/api/v1/campaigns")) {
                    yield campaign;
                }
                yield UUID.randomUUID().toString();
            }
        };
    }

    /** A valid value for a field the schema alone cannot fill well, by its name; null when the schema can. */
    String knownValue(String field, JsonNode schema) {
        boolean array = schema.path("type").asString("").equals("array");
        String value = switch (field) {
            case "customerId" -> customer;
            case "opportunityId" -> opportunity;
            case "contractId" -> contract;
            case "leadId" -> lead;
            case "campaignId", "sourceCampaignId" -> campaign;
            case "signatoryContactId" -> contact;
            case "ownerId", "toOwnerId" -> salesId;
            case "leadIds" -> "[\"" + lead + "\"]";
            case "customerIds" -> "[\"" + customer + "\"]";
            case "contactIds" -> "[\"" + contact + "\"]";
            case "salespeople" -> "[\"" + salesId + "\"]";
            case "tags" -> "[\"vip\"]";
            case "phone" -> uniquePhone();
            case "email" -> "fuzz@example.com";
            case "currency" -> "CNY";
            case "stage" -> "QUALIFICATION";
            case "lossReason" -> "PRICE";
            case "channel" -> null;
            case "code" -> "FZ_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
            case "type" -> schema.has("enum") ? null : "CONFERENCE";
            case "website" -> "https://example.com";
            case "key" -> "fuzz_key";
            case "memberId" -> UUID.randomUUID().toString();
            default -> null;
        };
        if (value == null || array || value.startsWith("[")) {
            return value;
        }
        return Mutations.jsonString(value);
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode())
                .as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    static JsonNode json(HttpResponse<String> response) {
        return Gateway.JSON.readTree(response.body());
    }

    static String id(HttpResponse<String> response) {
        return json(response).get("id").asString();
    }
}
