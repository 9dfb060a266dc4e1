package com.crmplatform.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * Real resources of tenant {@code acme} for the authorization probes, owned by {@code acme-sales1} where they have an
 * owner, created lazily through the gateway the first time a probe names them.
 *
 * <p>One shared set serves every read and every refused call: a refused call changes nothing. A call that is
 * expected to succeed and changes a resource's state for good (claim, release, convert, approve, delete …, see
 * {@link AuthorizationProbesE2EIT#CONSUMING}) gets a {@link #fresh()} set instead: the resources it consumes are
 * created anew for it, while the durable ones (the customer deals are made for, the published campaign, the users'
 * ids) are shared.
 */
final class ProbeFixtures {

    static final String OWNER = "acme-sales1";
    static final String ADMIN = "acme-admin";
    static final String MARKETING = "acme-marketing";

    private final Gateway gateway;
    private final ProbeFixtures durable;
    private final Map<String, String> memo = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private ProbeFixtures(Gateway gateway, ProbeFixtures durable) {
        this.gateway = gateway;
        this.durable = durable;
    }

    static ProbeFixtures shared(Gateway gateway) {
        return new ProbeFixtures(gateway, null);
    }

    /** A set of its own for one call that consumes what it is given; durable resources come from this one. */
    ProbeFixtures fresh() {
        return new ProbeFixtures(gateway, durable == null ? this : durable);
    }

    private ProbeFixtures root() {
        return durable == null ? this : durable;
    }

    @FunctionalInterface
    interface Creator {
        String create() throws Exception;
    }

    /** Creates the resource the first time it is asked for; one lock per resource, so different ones are made at once. */
    private String once(String name, Creator creator) {
        synchronized (locks.computeIfAbsent(name, k -> new Object())) {
            String value = memo.get(name);
            if (value != null) {
                return value;
            }
            try {
                value = creator.create();
            } catch (Exception e) {
                throw new IllegalStateException("Could not create the probe fixture " + name + ": " + e, e);
            }
            memo.put(name, value);
            return value;
        }
    }

    // ---- users ----

    String userId(String username) {
        return root().once("user:" + username, () -> {
            String admin = username.startsWith("globex-") ? "globex-admin" : ADMIN;
            JsonNode people = json(call("GET", "/api/v1/users/salespeople", admin, null, 200));
            for (JsonNode person : people) {
                if (person.get("username").asString().equals(username)) {
                    return person.get("id").asString();
                }
            }
            throw new IllegalStateException(username + " is not among the salespeople: " + people);
        });
    }

    // ---- leads ----

    /** A lead acme-sales1 captured (so it is theirs, ASSIGNED). */
    String lead() {
        return once("lead", () -> id(call("POST", "/api/v1/leads", OWNER, leadBody(), 201)));
    }

    /** A lead in the pool (captured by an admin; the tenant has no round-robin assignment). */
    String poolLead() {
        return once("poolLead", () -> {
            JsonNode lead = json(call("POST", "/api/v1/leads", ADMIN, leadBody(), 201));
            if (!lead.path("ownerId").isNull() && !lead.path("ownerId").isMissingNode()) {
                throw new IllegalStateException("acme assigns new leads automatically; the probes need the pool");
            }
            return lead.get("id").asString();
        });
    }

    /** A lead of acme-sales1 that was invalidated (for restore). */
    String invalidLead() {
        return once("invalidLead", () -> {
            String id = id(call("POST", "/api/v1/leads", OWNER, leadBody(), 201));
            call("POST", "/api/v1/leads/" + id + "/invalidate", OWNER, "{\"reason\":\"probe\"}", 200);
            return id;
        });
    }

    /** One of acme's own lead source channels. */
    String sourceChannel() {
        return root().once("sourceChannel", () -> {
            String code = "PROBE_" + unique();
            call(
                    "POST",
                    "/api/v1/leads/sources",
                    ADMIN,
                    "{\"code\":\"" + code + "\",\"label\":\"Probe channel\",\"source\":\"OTHER\"}",
                    201);
            return code;
        });
    }

    static String leadBody() {
        return "{\"name\":\"Probe Lead\",\"company\":\"Probe Co " + unique() + "\",\"phone\":\"" + phone()
                + "\",\"source\":\"TRADE_SHOW\"}";
    }

    // ---- customers ----

    /** A customer acme-sales1 created (theirs), with one contact; deals are made for it. */
    String customer() {
        return root().once("customer", () -> id(call("POST", "/api/v1/customers", OWNER, customerBody(), 201)));
    }

    String contact() {
        return root().once(
                        "contact",
                        () -> id(call(
                                "POST",
                                "/api/v1/customers/" + customer() + "/contacts",
                                OWNER,
                                contactBody(true),
                                201)));
    }

    /** A customer of acme-sales1 of its own, with a primary contact and a second one that may be deleted. */
    String ownCustomer() {
        return once("ownCustomer", () -> {
            String id = id(call("POST", "/api/v1/customers", OWNER, customerBody(), 201));
            call("POST", "/api/v1/customers/" + id + "/contacts", OWNER, contactBody(true), 201);
            memo.put(
                    "secondContact",
                    id(call("POST", "/api/v1/customers/" + id + "/contacts", OWNER, contactBody(false), 201)));
            return id;
        });
    }

    String secondContact() {
        ownCustomer();
        return memo.get("secondContact");
    }

    /** A customer in the pool (an admin's goes there). */
    String poolCustomer() {
        return once("poolCustomer", () -> id(call("POST", "/api/v1/customers", ADMIN, customerBody(), 201)));
    }

    /** A customer of acme-sales1 that an admin deleted (for restore). */
    String deletedCustomer() {
        return once("deletedCustomer", () -> {
            String id = id(call("POST", "/api/v1/customers", OWNER, customerBody(), 201));
            call("DELETE", "/api/v1/customers/" + id, ADMIN, null, 204);
            return id;
        });
    }

    static String customerBody() {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"Probe Customer " + unique() + "\",\"phone\":\"" + phone() + "\"}";
    }

    static String contactBody(boolean primary) {
        return "{\"name\":\"Probe Contact\",\"phone\":\"" + phone() + "\",\"primary\":" + primary + "}";
    }

    // ---- opportunities and contracts ----

    /** An open opportunity of acme-sales1 for {@link #customer()} (waits until deal-service knows the customer). */
    String opportunity() {
        return once("opportunity", this::newOpportunity);
    }

    /** An opportunity of acme-sales1 that was lost (for reopen). */
    String lostOpportunity() {
        return once("lostOpportunity", () -> {
            String id = newOpportunity();
            call(
                    "POST",
                    "/api/v1/opportunities/" + id + "/stage",
                    OWNER,
                    "{\"stage\":\"LOST\",\"lossReason\":\"PRICE\"}",
                    200);
            return id;
        });
    }

    private String newOpportunity() throws Exception {
        String body = "{\"customerId\":\"" + customer() + "\",\"name\":\"Probe deal\",\"amount\":1000.00,"
                + "\"currency\":\"CNY\",\"expectedCloseDate\":\""
                + LocalDate.now().plusMonths(2) + "\"}";
        return id(until("POST", "/api/v1/opportunities", OWNER, body, 201));
    }

    /** A DRAFT contract of acme-sales1 made directly for {@link #customer()}. */
    String draftContract() {
        return once("draftContract", this::newDraftContract);
    }

    /** A contract of acme-sales1 waiting for approval. */
    String pendingContract() {
        return once("pendingContract", () -> {
            String id = newDraftContract();
            call("POST", "/api/v1/contracts/" + id + "/submit", OWNER, "{}", 200);
            return id;
        });
    }

    /** An ACTIVE (approved) contract of acme-sales1, known to billing-service. */
    String activeContract() {
        return once("activeContract", () -> {
            String id = newDraftContract();
            call("POST", "/api/v1/contracts/" + id + "/submit", OWNER, "{}", 200);
            call("POST", "/api/v1/contracts/" + id + "/approve", ADMIN, "{\"comment\":\"probe\"}", 200);
            // billing-service learns the approval from deal-service's event a moment later
            Instant deadline = Instant.now().plusSeconds(30);
            while (!"ACTIVE".equals(billingStatus(id))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("billing-service did not see contract " + id + " approved");
                }
                Thread.sleep(250);
            }
            return id;
        });
    }

    private String billingStatus(String contract) throws IOException, InterruptedException {
        HttpResponse<String> plan =
                gateway.get("/api/v1/contracts/" + contract + "/payment-plan", gateway.token(OWNER));
        return plan.statusCode() == 200 ? json(plan).path("contractStatus").asString("") : "";
    }

    /** The durable active contract: the one payments and plans are read on. */
    String contract() {
        return root().activeContract();
    }

    private String newDraftContract() throws Exception {
        String body = "{\"customerId\":\"" + customer() + "\",\"title\":\"Probe contract\",\"amount\":100000.00,"
                + "\"currency\":\"CNY\",\"signedAt\":\"" + LocalDate.now() + "\"}";
        return id(until("POST", "/api/v1/contracts", OWNER, body, 201));
    }

    // ---- payments ----

    /** A RECORDED payment of acme-sales1 on the active contract. */
    String payment() {
        return once("payment", () -> id(call("POST", "/api/v1/payments", OWNER, paymentBody(contract()), 201)));
    }

    static String paymentBody(String contractId) {
        return "{\"contractId\":\"" + contractId + "\",\"amount\":1.00,\"currency\":\"CNY\",\"receivedAt\":\""
                + LocalDate.now().minusDays(1) + "\",\"method\":\"BANK_TRANSFER\",\"reference\":\"probe\"}";
    }

    // ---- campaigns ----

    /** A PUBLISHED online campaign (by marketing) with a form, a link and one member. */
    String campaign() {
        return root().once("campaign", () -> {
            String id = newCampaign(true, true);
            member(id);
            return id;
        });
    }

    String member() {
        return root().memo.get("member:" + campaign());
    }

    /** The promotion link token of {@link #campaign()}. */
    String linkToken() {
        return root().once(
                        "linkToken",
                        () -> json(call("GET", "/api/v1/campaigns/" + campaign() + "/link", MARKETING, null, 200))
                                .get("token")
                                .asString());
    }

    /** A DRAFT campaign with a form (to publish, cancel, delete or edit). */
    String draftCampaign() {
        return once("draftCampaign", () -> newCampaign(true, false));
    }

    /** A PUBLISHED campaign of its own (to close, cancel or give a new link). */
    String publishedCampaign() {
        return once("publishedCampaign", () -> newCampaign(true, true));
    }

    /** One of acme's own campaign types. */
    String campaignType() {
        return root().once("campaignType", () -> {
            String code = "PROBE_" + unique();
            call(
                    "POST",
                    "/api/v1/campaigns/types",
                    MARKETING,
                    "{\"code\":\"" + code + "\",\"label\":\"Probe type\"}",
                    201);
            return code;
        });
    }

    private void member(String campaignId) throws Exception {
        String id = id(call("POST", "/api/v1/campaigns/" + campaignId + "/members", MARKETING, memberBody(), 201));
        memo.put("member:" + campaignId, id);
    }

    private String newCampaign(boolean form, boolean publish) throws Exception {
        String id = id(call("POST", "/api/v1/campaigns", MARKETING, campaignBody(null), 201));
        if (form) {
            call("PUT", "/api/v1/campaigns/" + id + "/form", MARKETING, FORM, 200);
        }
        if (publish) {
            call("POST", "/api/v1/campaigns/" + id + "/publish", MARKETING, null, 200);
        }
        return id;
    }

    static final String FORM = "{\"fields\":[{\"key\":\"name\",\"type\":\"TEXT\",\"required\":true},"
            + "{\"key\":\"phone\",\"type\":\"TEXT\",\"required\":true}]}";

    static String campaignBody(Long version) {
        Instant now = Instant.now();
        return "{\"name\":\"Probe campaign " + unique() + "\",\"type\":\"CONFERENCE\",\"mode\":\"ONLINE\","
                + "\"startAt\":\"" + now.minusSeconds(3600) + "\",\"endAt\":\"" + now.plus(Duration.ofDays(30))
                + "\",\"budget\":1000.00,\"targetObject\":\"LEAD\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static String memberBody() {
        return "{\"answers\":{\"name\":\"Probe Member\",\"phone\":\"" + phone() + "\"}}";
    }

    // ---- reading the current state (for bodies that carry a version) ----

    JsonNode read(String path, String username) {
        try {
            return json(call("GET", path, username, null, 200));
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + path + ": " + e, e);
        }
    }

    long version(String path) {
        return read(path, path.contains("/campaigns") ? MARKETING : ADMIN)
                .get("version")
                .asLong();
    }

    // ---- plumbing ----

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
    }

    static String phone() {
        return "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    private HttpResponse<String> call(String method, String path, String username, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = gateway.send(method, path, gateway.token(username), body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " as " + username + " answered "
                    + response.statusCode() + " (not " + expected + "): " + response.body());
        }
        return response;
    }

    /** Retries for up to 30 s: what another service learns from an event arrives a moment later. */
    private HttpResponse<String> until(String method, String path, String username, String body, int expected)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            HttpResponse<String> response = gateway.send(method, path, gateway.token(username), body);
            if (response.statusCode() == expected) {
                return response;
            }
            if (Instant.now().isAfter(deadline) || response.statusCode() >= 500) {
                throw new IllegalStateException(method + " " + path + " as " + username + " answered "
                        + response.statusCode() + " (not " + expected + "): " + response.body());
            }
            Thread.sleep(250);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Gateway.JSON.readTree(response.body());
    }

    private static String id(HttpResponse<String> response) {
        return json(response).get("id").asString();
    }
}
