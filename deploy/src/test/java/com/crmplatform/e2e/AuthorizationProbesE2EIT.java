package com.crmplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, suite 1: generated authorization probes. Every operation of the gateway's OpenAPI documents (all five
 * services) is called as each caller of {@link Caller} on resources that exist ({@link ProbeFixtures}), with a
 * valid body ({@link ProbeRequests}), and the answer is compared with the table of expected answers,
 * {@code src/test/resources/authorization-probes.tsv}. An operation without a row, or a row without an operation,
 * fails the suite; every mismatch is collected and reported together; every refusal must be
 * {@code application/problem+json} with a {@code code}.
 *
 * <p>Order and state: the calls of one operation run one after another, operations in parallel (at most
 * {@link #PARALLELISM}). Refused calls use one shared set of fixtures (a refusal changes nothing); a call expected to
 * succeed on an operation in {@link #CONSUMING} gets fresh resources of its own, so each caller finds the resource
 * in the state the table assumes. The expired token is obtained first and probed last, once it is past its
 * {@code exp} plus Spring's 60 s clock skew.
 */
@ExtendWith(PlatformExtension.class)
class AuthorizationProbesE2EIT {

    static final String TABLE = "/authorization-probes.tsv";
    static final int PARALLELISM = 6;

    /** Operations whose successful call changes the resource's state for good: each allowed caller gets a fresh one. */
    static final Set<String> CONSUMING = Set.of(
            "POST /api/v1/leads/{id}/invalidate",
            "POST /api/v1/leads/{id}/restore",
            "POST /api/v1/leads/{id}/assign",
            "POST /api/v1/leads/{id}/claim",
            "POST /api/v1/leads/{id}/release",
            "POST /api/v1/leads/{id}/transfer",
            "POST /api/v1/leads/{id}/convert",
            "POST /api/v1/leads/assign",
            "DELETE /api/v1/customers/{id}",
            "POST /api/v1/customers/{id}/restore",
            "POST /api/v1/customers/{id}/release",
            "POST /api/v1/customers/{id}/claim",
            "POST /api/v1/customers/{id}/assign",
            "POST /api/v1/customers/transfer",
            "DELETE /api/v1/customers/{customerId}/contacts/{contactId}",
            "POST /api/v1/opportunities/{id}/reopen",
            "POST /api/v1/contracts/{id}/submit",
            "POST /api/v1/contracts/{id}/approve",
            "POST /api/v1/contracts/{id}/reject",
            "POST /api/v1/contracts/{id}/complete",
            "POST /api/v1/contracts/{id}/terminate",
            "DELETE /api/v1/campaigns/{id}",
            "POST /api/v1/campaigns/{id}/publish",
            "POST /api/v1/campaigns/{id}/close",
            "POST /api/v1/campaigns/{id}/cancel",
            "POST /api/v1/campaigns/{id}/link",
            "POST /api/v1/payments/{id}/confirm",
            "POST /api/v1/payments/{id}/reverse");

    /**
     * Real authorization defects found by this suite, as {@code "<operation key> <caller column>"}: the table keeps
     * the answer the platform should give, so these cases fail until the defect is fixed; the report marks them.
     */
    static final Set<String> KNOWN_DEFECTS = Set.of();

    /** The columns of the table, in order. */
    enum Caller {
        ADMIN("admin", "acme-admin"),
        OWNER("owner", "acme-sales1"),
        OTHER_SALES("other_sales", "acme-sales2"),
        MARKETING("marketing", "acme-marketing"),
        FINANCE("finance", "acme-finance"),
        OTHER_TENANT("other_tenant", "globex-admin"),
        NO_TOKEN("no_token", null),
        EXPIRED("expired", null),
        FORGED("forged", null),
        ALG_NONE("alg_none", null);

        final String column;
        final String username;

        Caller(String column, String username) {
            this.column = column;
            this.username = username;
        }

        boolean badToken() {
            return this == EXPIRED || this == FORGED || this == ALG_NONE || this == NO_TOKEN;
        }
    }

    /** A cell: exact statuses ({@code 200|204}) or classes ({@code 2xx}). */
    record Expected(String text) {
        boolean matches(int status) {
            for (String option : text.split("\\|")) {
                String o = option.trim();
                if (o.endsWith("xx") ? status / 100 == o.charAt(0) - '0' : Integer.parseInt(o) == status) {
                    return true;
                }
            }
            return false;
        }

        boolean success() {
            return text.startsWith("2");
        }
    }

    record Outcome(String key, Caller caller, Expected expected, int status, String problem, String detail) {}

    final Gateway gateway = new Gateway();

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
        Instant started = Instant.now();
        ProbeTokens.Expiring expiring = ProbeTokens.expiring("acme-admin");
        // while still within its lifetime plus the skew it is a good token: the expired column then tests expiry only
        HttpResponse<String> fresh = gateway.get("/api/v1/leads?size=1", expiring.token());
        assertThat(fresh.statusCode())
                .as("the short-lived token before it expires: %s", fresh.body())
                .isEqualTo(200);

        List<ApiOperations.ApiOperation> operations = ApiOperations.load(gateway);
        Map<String, Map<Caller, Expected>> table = table();
        if (Boolean.getBoolean("probes.record")) {
            record(operations, table);
        }
        assertCoverage(operations, table);

        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            if (caller.username != null) {
                tokens.put(caller, gateway.token(caller.username));
            }
        }
        tokens.put(Caller.EXPIRED, expiring.token());
        tokens.put(Caller.FORGED, ProbeTokens.forged(gateway.token("acme-sales1"), "globex"));
        tokens.put(Caller.ALG_NONE, ProbeTokens.unsigned(gateway.token("acme-admin")));

        ProbeFixtures shared = ProbeFixtures.shared(gateway);
        cleanUp(shared);
        warmUp(shared);
        hide(shared, table);
        Instant probing = Instant.now();
        Map<String, Long> millis = new java.util.concurrent.ConcurrentHashMap<>();

        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM)) {
            List<Future<?>> runs = new ArrayList<>();
            for (ApiOperations.ApiOperation operation : operations) {
                runs.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    for (Caller caller : Caller.values()) {
                        if (caller != Caller.EXPIRED) {
                            outcomes.add(probe(operation, caller, table, tokens, shared));
                        }
                    }
                    millis.put(operation.key(), (System.nanoTime() - start) / 1_000_000);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            System.out.printf(
                    "authorization probes: fixtures %d s, probes %d s; slowest operations: %s%n",
                    Duration.between(started, probing).toSeconds(),
                    Duration.between(probing, Instant.now()).toSeconds(),
                    millis.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .limit(5)
                            .map(e -> e.getKey() + " " + e.getValue() + " ms")
                            .toList());
            Duration wait = Duration.between(Instant.now(), expiring.expiredAfter());
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            runs.clear();
            for (ApiOperations.ApiOperation operation : operations) {
                runs.add(pool.submit(() -> outcomes.add(probe(operation, Caller.EXPIRED, table, tokens, shared))));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }

        cleanUp(shared);
        List<Outcome> mismatches = outcomes.stream()
                .filter(o -> o.problem() != null)
                .sorted((a, b) -> (a.key() + a.caller().ordinal())
                        .compareTo(b.key() + b.caller().ordinal()))
                .toList();
        System.out.printf(
                "authorization probes: %d cases, %d operations (%d s)%n",
                outcomes.size(),
                operations.size(),
                Duration.between(started, Instant.now()).toSeconds());
        assertThat(mismatches)
                .as(
                        "authorization probes: %d of %d cases differ from %s%n%s",
                        mismatches.size(), outcomes.size(), TABLE, report(mismatches))
                .isEmpty();
    }

    /** Every operation has a row, every row an operation. */
    private static void assertCoverage(
            List<ApiOperations.ApiOperation> operations, Map<String, Map<Caller, Expected>> table) {
        Set<String> keys =
                operations.stream().map(ApiOperations.ApiOperation::key).collect(Collectors.toSet());
        Set<String> withoutRow = new TreeSet<>(keys);
        withoutRow.removeAll(table.keySet());
        Set<String> withoutOperation = new TreeSet<>(table.keySet());
        withoutOperation.removeAll(keys);
        List<String> problems = new ArrayList<>();
        withoutRow.forEach(k -> problems.add("operation without a row in " + TABLE + ": " + k));
        withoutOperation.forEach(k -> problems.add("row without an operation in the OpenAPI documents: " + k));
        assertThat(problems)
                .as("the table of expected answers must list exactly the platform's operations "
                        + "(run with -Dprobes.record=true to print the observed answers of the missing ones)")
                .isEmpty();
    }

    /**
     * Per caller, the shared resources (name to id) whose own GET the table answers 404 for that caller: no other
     * answer the caller gets (a list, a report, an export) may name them either.
     */
    private final Map<Caller, Map<String, String>> hidden = new EnumMap<>(Caller.class);

    private void hide(ProbeFixtures f, Map<String, Map<Caller, Expected>> table) {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("GET /api/v1/leads/{id}|lead", f.lead());
        resources.put("GET /api/v1/customers/{id}|customer", f.ownCustomer());
        resources.put("GET /api/v1/customers/{id}|deal customer", f.customer());
        resources.put("GET /api/v1/customers/{customerId}/contacts/{contactId}|contact", f.secondContact());
        resources.put("GET /api/v1/opportunities/{id}|opportunity", f.opportunity());
        resources.put("GET /api/v1/contracts/{id}|contract", f.contract());
        resources.put("GET /api/v1/payments/{id}|payment", f.payment());
        resources.put("GET /api/v1/campaigns/{id}|campaign", f.campaign());
        resources.put("GET /api/v1/campaigns/{campaignId}/members/{memberId}|member", f.member());
        for (Caller caller : Caller.values()) {
            Map<String, String> ids = new LinkedHashMap<>();
            resources.forEach((keyAndName, id) -> {
                String[] parts = keyAndName.split("\\|");
                Map<Caller, Expected> row = table.get(parts[0]);
                if (row != null && row.get(caller).text().equals("404")) {
                    ids.put(parts[1], id);
                }
            });
            hidden.put(caller, ids);
        }
    }

    private static String leaked(String body, Map<String, String> ids) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (body != null && body.contains(id.getValue())) {
                return id.getKey() + " " + id.getValue();
            }
        }
        return null;
    }

    private Outcome probe(
            ApiOperations.ApiOperation operation,
            Caller caller,
            Map<String, Map<Caller, Expected>> table,
            Map<Caller, String> tokens,
            ProbeFixtures shared) {
        Expected expected = table.containsKey(operation.key())
                ? table.get(operation.key()).get(caller)
                : new Expected("2xx|4xx|5xx");
        ProbeFixtures fixtures = expected.success() && CONSUMING.contains(operation.key()) ? shared.fresh() : shared;
        try {
            String path = ProbeRequests.path(operation, fixtures);
            ProbeRequests.Body body = ProbeRequests.body(operation, fixtures, caller == Caller.OTHER_TENANT);
            HttpResponse<String> response = send(operation.method(), path, tokens.get(caller), body);
            Outcome outcome = judge(operation.key(), caller, expected, response);
            if (outcome.problem() == null
                    && response.statusCode() / 100 == 2
                    && operation.method().equals("GET")) {
                String leaked = leaked(response.body(), hidden.getOrDefault(caller, Map.of()));
                if (leaked != null) {
                    return new Outcome(operation.key(), caller, expected, response.statusCode(), "leaks " + leaked, "");
                }
            }
            return outcome;
        } catch (Exception e) {
            return new Outcome(operation.key(), caller, expected, -1, "could not probe", String.valueOf(e));
        }
    }

    private HttpResponse<String> send(String method, String path, String token, ProbeRequests.Body body)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = gateway.request(method, path, token, null);
            if (body != null) {
                request.method(method, HttpRequest.BodyPublishers.ofString(body.text()))
                        .header("Content-Type", body.contentType());
            }
            HttpResponse<String> response = gateway.send(request.build());
            // the public routes are rate-limited per client IP, which other clients on this machine share
            if (response.statusCode() != 429 || attempt == 5) {
                return response;
            }
            long seconds = response.headers()
                    .firstValue("Retry-After")
                    .map(Long::parseLong)
                    .orElse(1L);
            Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
        }
    }

    private static Outcome judge(String key, Caller caller, Expected expected, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String detail = body.length() > 160 ? body.substring(0, 160) + "…" : body;
        detail = detail.replace('\n', ' ');
        if (!expected.matches(status)) {
            return new Outcome(key, caller, expected, status, "status", detail);
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return new Outcome(key, caller, expected, status, "not problem+json (" + type + ")", detail);
            }
            JsonNode problem;
            try {
                problem = Gateway.JSON.readTree(body);
            } catch (RuntimeException e) {
                return new Outcome(key, caller, expected, status, "unreadable problem", detail);
            }
            String code = problem.path("code").asString("");
            if (code.isBlank()) {
                return new Outcome(key, caller, expected, status, "problem without code", detail);
            }
            if (caller.badToken() && status == 401 && !code.equals("UNAUTHENTICATED")) {
                return new Outcome(key, caller, expected, status, "code " + code + ", not UNAUTHENTICATED", detail);
            }
            return new Outcome(key, caller, expected, status, null, code);
        }
        return new Outcome(key, caller, expected, status, null, "");
    }

    private static String report(List<Outcome> mismatches) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "%-62s %-12s %-10s %-6s %-22s %s%n", "operation", "caller", "expected", "actual", "why", "answer"));
        for (Outcome o : mismatches) {
            String why =
                    o.problem() + (KNOWN_DEFECTS.contains(o.key() + " " + o.caller().column) ? " [KNOWN DEFECT]" : "");
            out.append(String.format(
                    "%-62s %-12s %-10s %-6d %-22s %s%n",
                    o.key(), o.caller().column, o.expected().text(), o.status(), why, o.detail()));
        }
        return out.toString();
    }

    /** Creates the shared fixtures before the probes: leads, customers and deals, billing, campaigns side by side. */
    private static void warmUp(ProbeFixtures f) throws Exception {
        f.userId("acme-sales1");
        f.userId("acme-sales2");
        f.userId("globex-sales1");
        List<Runnable> groups = List.of(
                () -> {
                    f.lead();
                    f.poolLead();
                    f.invalidLead();
                    f.sourceChannel();
                },
                () -> {
                    f.customer();
                    f.contact();
                    f.opportunity();
                    f.lostOpportunity();
                    f.draftContract();
                    f.pendingContract();
                },
                () -> {
                    f.activeContract();
                    f.payment();
                },
                () -> {
                    f.ownCustomer();
                    f.poolCustomer();
                    f.deletedCustomer();
                },
                () -> {
                    f.campaign();
                    f.linkToken();
                    f.draftCampaign();
                    f.publishedCampaign();
                    f.campaignType();
                });
        try (ExecutorService pool = Executors.newFixedThreadPool(groups.size())) {
            List<Future<?>> runs = new ArrayList<>();
            groups.forEach(group -> runs.add(pool.submit(group)));
            for (Future<?> run : runs) {
                run.get();
            }
        }
    }

    /**
     * The platform is shared and outlives the run: what the probes left owned by the two salespeople (leads and
     * customers named "Probe …") goes back to the pool or is invalidated, so their claim limits (50) are never
     * reached by repeated runs. Best effort: a failure here fails nothing.
     */
    private void cleanUp(ProbeFixtures f) {
        try {
            String admin = gateway.token("acme-admin");
            for (String owner : List.of("acme-sales1", "acme-sales2")) {
                String ownerId = f.userId(owner);
                for (String status : List.of("NEW", "ASSIGNED", "FOLLOWING")) {
                    JsonNode leads = Gateway.JSON.readTree(gateway.get(
                                    "/api/v1/leads?keyword=Probe&size=100&status=" + status + "&ownerId=" + ownerId,
                                    admin)
                            .body());
                    for (JsonNode lead : leads.path("items")) {
                        gateway.post(
                                "/api/v1/leads/" + lead.get("id").asString() + "/invalidate",
                                admin,
                                "{\"reason\":\"authorization probes: clean-up\"}");
                    }
                }
                JsonNode customers = Gateway.JSON.readTree(
                        gateway.get("/api/v1/customers?keyword=Probe&size=100&ownerId=" + ownerId, admin)
                                .body());
                for (JsonNode customer : customers.path("items")) {
                    gateway.post(
                            "/api/v1/customers/" + customer.get("id").asString() + "/release",
                            admin,
                            "{\"reason\":\"authorization probes: clean-up\"}");
                }
            }
        } catch (Exception e) {
            System.out.println("authorization probes: clean-up incomplete: " + e);
        }
    }

    /** Reads the table: {@code #} comments, a header row naming the callers, then one row per operation. */
    static Map<String, Map<Caller, Expected>> table() throws IOException {
        Map<String, Map<Caller, Expected>> table = new LinkedHashMap<>();
        try (InputStream in = AuthorizationProbesE2EIT.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test class path").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<Caller> columns = null;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (int i = 1; i < cells.length; i++) {
                        columns.add(Caller.valueOf(cells[i].trim().toUpperCase(Locale.ROOT)));
                    }
                    assertThat(columns).as("the header names every caller once").containsExactly(Caller.values());
                    continue;
                }
                assertThat(cells)
                        .as("row %s: an operation and %d cells", line, columns.size())
                        .hasSize(columns.size() + 1);
                Map<Caller, Expected> row = new EnumMap<>(Caller.class);
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), new Expected(cells[i + 1].trim()));
                }
                assertThat(table.put(cells[0].trim(), row))
                        .as("row %s appears once", cells[0])
                        .isNull();
            }
        }
        return table;
    }

    /**
     * {@code -Dprobes.record=true}: probes the operations without a row once per caller (the expired token
     * excepted: it is not expired yet) and prints their observed answers as rows to paste, after checking each
     * against the service's README. Never paste an answer that is a defect.
     */
    private void record(List<ApiOperations.ApiOperation> operations, Map<String, Map<Caller, Expected>> table)
            throws Exception {
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            if (caller.username != null) {
                tokens.put(caller, gateway.token(caller.username));
            }
        }
        tokens.put(Caller.FORGED, ProbeTokens.forged(gateway.token("acme-sales1"), "globex"));
        tokens.put(Caller.ALG_NONE, ProbeTokens.unsigned(gateway.token("acme-admin")));
        ProbeFixtures shared = ProbeFixtures.shared(gateway);
        StringBuilder rows = new StringBuilder();
        for (ApiOperations.ApiOperation operation : operations) {
            if (table.containsKey(operation.key())) {
                continue;
            }
            rows.append(operation.key());
            for (Caller caller : Caller.values()) {
                if (caller == Caller.EXPIRED) {
                    rows.append("\t401");
                    continue;
                }
                ProbeFixtures fixtures = CONSUMING.contains(operation.key()) ? shared.fresh() : shared;
                try {
                    HttpResponse<String> response = send(
                            operation.method(),
                            ProbeRequests.path(operation, fixtures),
                            tokens.get(caller),
                            ProbeRequests.body(operation, fixtures, caller == Caller.OTHER_TENANT));
                    rows.append('\t').append(response.statusCode());
                } catch (Exception e) {
                    rows.append("\t?");
                }
            }
            rows.append('\n');
        }
        System.out.println("authorization probes: observed answers of the operations without a row:\n" + rows);
        cleanUp(shared);
    }
}
