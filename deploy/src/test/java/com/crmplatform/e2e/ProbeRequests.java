package com.crmplatform.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the authorization probes send for each operation: the resource each path parameter names, a query where one is
 * required, and a minimal valid body, so that an allowed caller can succeed (a 400 would hide a missing check).
 *
 * <p>Path parameters are filled by name and path ({@link #pathParameter}); an operation that needs a resource in a
 * particular state (a pool lead to claim, a pending contract to approve …) names it in {@link #RESOURCES}. Bodies are
 * built per call (unique names and phones, current versions) in {@link #BODIES}.
 */
final class ProbeRequests {

    private ProbeRequests() {}

    /** A multipart or other non-JSON body: its content type and text. */
    record Body(String contentType, String text) {
        static Body json(String text) {
            return new Body("application/json", text);
        }
    }

    static final String BOUNDARY = "probe-boundary-7f3a";

    /** Path parameters that need a resource in a particular state, by operation key, then parameter name. */
    private static final Map<String, Map<String, Function<ProbeFixtures, String>>> RESOURCES = new HashMap<>();

    /** Bodies by operation key; the flag tells a caller of the other tenant ({@code globex}). */
    private static final Map<String, BiFunction<ProbeFixtures, Boolean, Body>> BODIES = new HashMap<>();

    /** Query strings by operation key, where one is required. */
    private static final Map<String, String> QUERIES = Map.of("GET /api/v1/receivables/summary", "?groupBy=customer");

    private static void resource(String key, String parameter, Function<ProbeFixtures, String> resource) {
        RESOURCES.computeIfAbsent(key, k -> new HashMap<>()).put(parameter, resource);
    }

    private static void json(String key, Function<ProbeFixtures, String> body) {
        BODIES.put(key, (f, otherTenant) -> Body.json(body.apply(f)));
    }

    /**
     * A tenant's settings sent back as they are (read as the admin of the caller's tenant, given to the body): an
     * allowed call changes nothing in either tenant.
     */
    private static void settings(String key, BiFunction<ProbeFixtures, String, String> body) {
        BODIES.put(
                key, (f, otherTenant) -> Body.json(body.apply(f, otherTenant ? "globex-admin" : ProbeFixtures.ADMIN)));
    }

    /**
     * A body naming a salesperson to give the resource to: one of the caller's own tenant (acme-sales1, or
     * globex-sales1 for the other tenant), so that the other tenant's request is valid but for the resource, and its
     * only proper answer is 404.
     */
    private static void assigning(String key, BiFunction<ProbeFixtures, String, String> body) {
        BODIES.put(
                key,
                (f, otherTenant) ->
                        Body.json(body.apply(f, f.userId(otherTenant ? "globex-sales1" : ProbeFixtures.OWNER))));
    }

    static {
        // ---- lead-service ----
        resource("POST /api/v1/leads/{id}/claim", "id", ProbeFixtures::poolLead);
        resource("POST /api/v1/leads/{id}/assign", "id", ProbeFixtures::poolLead);
        resource("POST /api/v1/leads/{id}/restore", "id", ProbeFixtures::invalidLead);
        json("POST /api/v1/leads", f -> ProbeFixtures.leadBody());
        json(
                "PUT /api/v1/leads/{id}",
                f -> "{\"name\":\"Probe Lead\",\"company\":\"Probe Co " + ProbeFixtures.unique() + "\",\"phone\":\""
                        + ProbeFixtures.phone() + "\",\"source\":\"TRADE_SHOW\",\"version\":"
                        + f.version("/api/v1/leads/" + f.lead()) + "}");
        json("PUT /api/v1/leads/sources/{code}", f -> "{\"label\":\"Probe channel\",\"source\":\"OTHER\"}");
        settings("PUT /api/v1/leads/auto-assignment", (f, admin) -> {
            JsonNode current = f.read("/api/v1/leads/auto-assignment", admin);
            return "{\"enabled\":" + current.get("enabled").asBoolean() + ",\"salespeople\":"
                    + current.get("salespeople") + "}";
        });
        json("POST /api/v1/leads/{leadId}/follow-ups", f -> followUp());
        // acme-sales2 (or globex-sales1 for the other tenant) takes the lead over
        BODIES.put(
                "POST /api/v1/leads/{id}/transfer",
                (f, otherTenant) -> Body.json(assign(f.userId(otherTenant ? "globex-sales1" : "acme-sales2"))));
        json("POST /api/v1/leads/{id}/release", f -> "{\"reason\":\"probe\"}");
        json("POST /api/v1/leads/{id}/invalidate", f -> "{\"reason\":\"probe\"}");
        json("POST /api/v1/leads/{id}/convert", f -> "{}");
        assigning("POST /api/v1/leads/{id}/assign", (f, owner) -> assign(owner));
        json(
                "POST /api/v1/leads/sources",
                f -> "{\"code\":\"PROBE_" + ProbeFixtures.unique() + "\",\"label\":\"Probe\",\"source\":\"OTHER\"}");
        BODIES.put(
                "POST /api/v1/leads/import",
                (f, otherTenant) -> multipart("name,company,phone,source\nProbe Lead,Probe Co " + ProbeFixtures.unique()
                        + "," + ProbeFixtures.phone() + ",TRADE_SHOW\n"));
        // the other tenant names a campaign id of its own (a random one): with acme's, its leads would carry acme's
        // campaign id, which its own lead-sources report would then list
        BODIES.put(
                "POST /api/v1/leads/campaign-members",
                (f, otherTenant) ->
                        Body.json(intake(otherTenant ? UUID.randomUUID().toString() : f.campaign())));
        assigning(
                "POST /api/v1/leads/assign",
                (f, owner) ->
                        "{\"leadIds\":[\"" + f.poolLead() + "\"],\"ownerId\":\"" + owner + "\",\"reason\":\"probe\"}");

        // ---- customer-service ----
        resource("POST /api/v1/customers/{id}/claim", "id", ProbeFixtures::poolCustomer);
        resource("POST /api/v1/customers/{id}/assign", "id", ProbeFixtures::poolCustomer);
        resource("POST /api/v1/customers/{id}/restore", "id", ProbeFixtures::deletedCustomer);
        json("POST /api/v1/customers", f -> ProbeFixtures.customerBody());
        json(
                "PUT /api/v1/customers/{id}",
                f -> "{\"kind\":\"ORGANIZATION\",\"name\":\"Probe Customer " + ProbeFixtures.unique()
                        + "\",\"version\":" + f.version("/api/v1/customers/" + f.ownCustomer()) + "}");
        json(
                "PUT /api/v1/customers/{customerId}/contacts/{contactId}",
                f -> "{\"name\":\"Probe Contact\",\"phone\":\"" + ProbeFixtures.phone()
                        + "\",\"primary\":false,\"version\":"
                        + f.version("/api/v1/customers/" + f.ownCustomer() + "/contacts/" + f.secondContact())
                        + "}");
        settings("PUT /api/v1/customers/recycling-rules", (f, admin) -> {
            JsonNode current = f.read("/api/v1/customers/recycling-rules", admin);
            ObjectNode rules = Gateway.JSON.createObjectNode();
            for (String field :
                    new String[] {"enabled", "noFollowUpDays", "noDealDays", "warnDaysBefore", "exemptWithDeal"}) {
                rules.set(field, current.get(field));
            }
            return rules.toString();
        });
        json("POST /api/v1/users/{userId}/offboard", f -> "{\"toPool\":true,\"reason\":\"probe\"}");
        json("POST /api/v1/customers/{id}/release", f -> "{\"reason\":\"probe\"}");
        assigning("POST /api/v1/customers/{id}/assign", (f, owner) -> assign(owner));
        json("POST /api/v1/customers/{customerId}/follow-ups", f -> followUp());
        json("POST /api/v1/customers/{customerId}/contacts", f -> ProbeFixtures.contactBody(false));
        BODIES.put(
                "POST /api/v1/customers/transfer",
                (f, otherTenant) -> Body.json("{\"customerIds\":[\"" + f.ownCustomer() + "\"],\"ownerId\":\""
                        + f.userId(otherTenant ? "globex-sales1" : "acme-sales2") + "\",\"reason\":\"probe\"}"));
        json("POST /api/v1/customers/from-lead", f -> {
            String phone = ProbeFixtures.phone();
            return "{\"leadId\":\"" + UUID.randomUUID() + "\",\"name\":\"Probe Co " + ProbeFixtures.unique()
                    + "\",\"kind\":\"ORGANIZATION\",\"phone\":\"" + phone + "\",\"source\":\"TRADE_SHOW\","
                    + "\"ownerId\":\"" + f.userId(ProbeFixtures.OWNER) + "\",\"contact\":{\"name\":\"Probe\","
                    + "\"phone\":\"" + phone + "\"}}";
        });
        BODIES.put(
                "POST /api/v1/customers/campaign-members",
                (f, otherTenant) ->
                        Body.json(intake(otherTenant ? UUID.randomUUID().toString() : f.campaign())));

        // ---- deal-service ----
        resource("POST /api/v1/opportunities/{id}/reopen", "id", ProbeFixtures::lostOpportunity);
        resource("PUT /api/v1/contracts/{id}", "id", ProbeFixtures::draftContract);
        resource("POST /api/v1/contracts/{id}/submit", "id", ProbeFixtures::draftContract);
        resource("POST /api/v1/contracts/{id}/terminate", "id", ProbeFixtures::draftContract);
        resource("POST /api/v1/contracts/{id}/approve", "id", ProbeFixtures::pendingContract);
        resource("POST /api/v1/contracts/{id}/reject", "id", ProbeFixtures::pendingContract);
        resource("POST /api/v1/contracts/{id}/complete", "id", ProbeFixtures::activeContract);
        settings("PUT /api/v1/pipeline-stages", (f, admin) -> {
            ArrayNode stages = Gateway.JSON.createArrayNode();
            for (JsonNode stage : f.read("/api/v1/pipeline-stages", admin).get("stages")) {
                if (stage.get("open").asBoolean()) {
                    stages.addObject()
                            .put("code", stage.get("code").asString())
                            .put("name", stage.get("name").asString())
                            .put("probability", stage.get("probability").asInt());
                }
            }
            return "{\"stages\":" + stages + "}";
        });
        settings("PUT /api/v1/pipeline-stages/loss-reasons", (f, admin) -> {
            ArrayNode reasons = Gateway.JSON.createArrayNode();
            for (JsonNode reason : f.read("/api/v1/pipeline-stages", admin).get("lossReasons")) {
                reasons.addObject()
                        .put("code", reason.get("code").asString())
                        .put("label", reason.get("label").asString());
            }
            return "{\"lossReasons\":" + reasons + "}";
        });
        json(
                "PUT /api/v1/opportunities/{id}",
                f -> "{\"name\":\"Probe deal\",\"amount\":1000.00,\"currency\":\"CNY\",\"expectedCloseDate\":\""
                        + LocalDate.now().plusMonths(2) + "\",\"version\":"
                        + f.version("/api/v1/opportunities/" + f.opportunity()) + "}");
        json(
                "PUT /api/v1/contracts/{id}",
                f -> "{\"title\":\"Probe contract\",\"amount\":100000.00,\"currency\":\"CNY\",\"signedAt\":\""
                        + LocalDate.now() + "\",\"version\":" + f.version("/api/v1/contracts/" + f.draftContract())
                        + "}");
        json(
                "POST /api/v1/opportunities",
                f -> "{\"customerId\":\"" + f.customer() + "\",\"name\":\"Probe deal\",\"amount\":1000.00,"
                        + "\"currency\":\"CNY\",\"expectedCloseDate\":\""
                        + LocalDate.now().plusMonths(2) + "\"}");
        json("POST /api/v1/opportunities/{opportunityId}/follow-ups", f -> followUp());
        // to the stage it is in: allowed, and changes nothing
        json("POST /api/v1/opportunities/{id}/stage", f -> "{\"stage\":\"QUALIFICATION\"}");
        json("POST /api/v1/opportunities/{id}/reopen", f -> "{}");
        json(
                "POST /api/v1/contracts",
                f -> "{\"customerId\":\"" + f.customer() + "\",\"title\":\"Probe contract\",\"amount\":100000.00,"
                        + "\"currency\":\"CNY\",\"signedAt\":\"" + LocalDate.now() + "\"}");
        json("POST /api/v1/contracts/{id}/terminate", f -> "{\"reason\":\"probe\"}");
        json("POST /api/v1/contracts/{id}/submit", f -> "{}");
        json("POST /api/v1/contracts/{id}/reject", f -> "{\"comment\":\"probe\"}");
        json("POST /api/v1/contracts/{id}/approve", f -> "{\"comment\":\"probe\"}");

        // ---- campaign-service ----
        resource("PUT /api/v1/campaigns/{id}", "id", ProbeFixtures::draftCampaign);
        resource("DELETE /api/v1/campaigns/{id}", "id", ProbeFixtures::draftCampaign);
        resource("POST /api/v1/campaigns/{id}/publish", "id", ProbeFixtures::draftCampaign);
        resource("POST /api/v1/campaigns/{id}/cancel", "id", ProbeFixtures::draftCampaign);
        resource("POST /api/v1/campaigns/{id}/close", "id", ProbeFixtures::publishedCampaign);
        resource("POST /api/v1/campaigns/{id}/link", "id", ProbeFixtures::publishedCampaign);
        json(
                "PUT /api/v1/campaigns/{id}",
                f -> ProbeFixtures.campaignBody(f.version("/api/v1/campaigns/" + f.draftCampaign())));
        json("PUT /api/v1/campaigns/{id}/form", f -> ProbeFixtures.FORM);
        json("PUT /api/v1/campaigns/types/{code}", f -> "{\"label\":\"Probe type\",\"active\":true}");
        json("POST /api/v1/public/campaigns/{token}/submissions", f -> ProbeFixtures.memberBody());
        json("POST /api/v1/campaigns", f -> ProbeFixtures.campaignBody(null));
        json("POST /api/v1/campaigns/{campaignId}/members", f -> ProbeFixtures.memberBody());
        BODIES.put(
                "POST /api/v1/campaigns/{campaignId}/members/import",
                (f, otherTenant) -> multipart("name,phone\nProbe Member," + ProbeFixtures.phone() + "\n"));
        json(
                "POST /api/v1/campaigns/types",
                f -> "{\"code\":\"PROBE_" + ProbeFixtures.unique() + "\",\"label\":\"Probe type\"}");

        // ---- billing-service ----
        // the plan as it is (installments keep their ids: one with payments against it cannot be removed), or one
        // installment when there is none yet
        json("PUT /api/v1/contracts/{contractId}/payment-plan", f -> {
            JsonNode plan = f.read("/api/v1/contracts/" + f.contract() + "/payment-plan", "acme-finance");
            ArrayNode installments = Gateway.JSON.createArrayNode();
            for (JsonNode installment : plan.get("installments")) {
                installments
                        .addObject()
                        .put("id", installment.get("id").asString())
                        .put("dueDate", installment.get("dueDate").asString())
                        .put("amount", installment.get("amount").decimalValue())
                        .put("note", installment.path("note").asString(""));
            }
            if (installments.isEmpty()) {
                installments
                        .addObject()
                        .put("dueDate", LocalDate.now().plusMonths(1).toString())
                        .put("amount", new java.math.BigDecimal("100.00"))
                        .put("note", "probe");
            }
            return "{\"version\":" + plan.get("version").asLong() + ",\"installments\":" + installments + "}";
        });
        json("POST /api/v1/payments", f -> ProbeFixtures.paymentBody(f.contract()));
        json("POST /api/v1/payments/{id}/reverse", f -> "{\"reason\":\"probe\"}");
    }

    /** Operation keys whose body the table of probes knows how to build, for the coverage check. */
    static Set<String> bodies() {
        return BODIES.keySet();
    }

    /** The path with every parameter replaced by the resource it names, plus a required query if any. */
    static String path(ApiOperations.ApiOperation operation, ProbeFixtures fixtures) {
        String path = operation.path();
        for (ApiOperations.Parameter parameter : operation.parameters("path")) {
            String value = pathParameter(operation, parameter.name(), fixtures);
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path + QUERIES.getOrDefault(operation.key(), "");
    }

    /** The body to send, or null when the operation takes none. */
    static Body body(ApiOperations.ApiOperation operation, ProbeFixtures fixtures, boolean otherTenant) {
        BiFunction<ProbeFixtures, Boolean, Body> body = BODIES.get(operation.key());
        if (body == null) {
            if (operation.hasBody()) {
                throw new IllegalStateException(
                        operation.key() + " takes a body: add one to ProbeRequests.BODIES (minimal but valid)");
            }
            return null;
        }
        return body.apply(fixtures, otherTenant);
    }

    static String pathParameter(ApiOperations.ApiOperation operation, String name, ProbeFixtures f) {
        var special = RESOURCES.getOrDefault(operation.key(), Map.of()).get(name);
        if (special != null) {
            return special.apply(f);
        }
        String path = operation.path();
        if (path.startsWith("/api/v1/leads/sources/")) {
            return f.sourceChannel();
        }
        if (path.startsWith("/api/v1/leads/")) {
            return f.lead();
        }
        if (path.startsWith("/api/v1/users/")) {
            // a user who owns nothing here: an allowed offboarding moves nothing of anyone's
            return "probe-leaver-" + ProbeFixtures.unique().toLowerCase(java.util.Locale.ROOT);
        }
        if (path.startsWith("/api/v1/customers/")) {
            return name.equals("contactId") ? f.secondContact() : f.ownCustomer();
        }
        if (path.startsWith("/api/v1/opportunities/")) {
            return f.opportunity();
        }
        if (path.startsWith("/api/v1/contracts/")) {
            return f.contract();
        }
        if (path.startsWith("/api/v1/payments/")) {
            return f.payment();
        }
        if (path.startsWith("/api/v1/public/campaigns/")) {
            return f.linkToken();
        }
        if (path.startsWith("/api/v1/campaigns/types/")) {
            return f.campaignType();
        }
        if (path.startsWith("/api/v1/campaigns/")) {
            return name.equals("memberId") ? f.member() : f.campaign();
        }
        throw new IllegalStateException("No probe resource for {" + name + "} of " + operation.key()
                + ": name one in ProbeRequests.RESOURCES or pathParameter");
    }

    private static String followUp() {
        return "{\"type\":\"CALL\",\"content\":\"probe\",\"occurredAt\":\""
                + Instant.now().minusSeconds(120) + "\"}";
    }

    private static String assign(String ownerId) {
        return "{\"ownerId\":\"" + ownerId + "\",\"reason\":\"probe\"}";
    }

    private static String intake(String campaignId) {
        return "{\"campaignId\":\"" + campaignId + "\",\"campaignName\":\"Probe campaign\","
                + "\"campaignType\":\"CONFERENCE\",\"members\":[{\"memberId\":\"" + UUID.randomUUID()
                + "\",\"name\":\"Probe Member\",\"phone\":\"" + ProbeFixtures.phone() + "\"}]}";
    }

    private static Body multipart(String csv) {
        return new Body(
                "multipart/form-data; boundary=" + BOUNDARY,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n");
    }
}
