package com.crmplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.e2e.ApiOperations.ApiOperation;
import com.crmplatform.e2e.ApiOperations.Parameter;
import com.crmplatform.e2e.Mutations.Expect;
import com.crmplatform.e2e.Mutations.Value;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14, suite 2: schema fuzzing of every operation that takes a JSON body or query parameters, read from the
 * gateway's OpenAPI documents ({@link ApiOperations}), lead, customer, deal, campaign and billing alike.
 *
 * <p><b>Requests.</b> Each operation starts from a valid request: path parameters name real resources created first
 * ({@link FuzzFixtures}: acme-sales1's lead, customer, contact, opportunity and approved contract, a payment, a
 * published campaign and its public link), the body is built from the schema (required and known fields filled with
 * values honouring enum, format, pattern, minimum and maximum; a settings body starts from the tenant's current
 * settings). From it, field by field ({@link Mutations}, values drawn with a fixed, printed seed): C0 control
 * characters, lone surrogates (written as JSON escapes), text at and past {@code maxLength} and of 100,000
 * characters, numbers at and past their limits, 2^31, 2^63, 1e400, fractions for integers, dates of the years
 * -999999999, 0 and 10000, a wrong JSON type for each field, null for required fields, unknown enum constants, 10,000
 * nested arrays; and for the whole body: 10,000 nested arrays, an array for the object, a truncated body, a
 * {@code text/plain} body, and on three operations a 2 MB and a 20 MB body. Query parameters get the same per type,
 * URL-encoded, plus a query past the gateway's 4,096 characters.
 *
 * <p><b>Verdicts.</b> No answer may be 5xx (503 included: nothing is down here). Every 4xx is
 * {@code application/problem+json} with a {@code code}; a 400 for a field names it in {@code field} or
 * {@code errors[].field}. A value {@link Expect#REFUSED} must be refused; a 2xx is allowed only for a value that may be
 * valid ({@link Expect#ANY}: exactly at a limit, an optional field set to null).
 *
 * <p><b>Nothing written.</b> Per operation and field, the refused values run as one window ({@link RowCounts}): after
 * it, no row of the service's watched tables inserted or updated in the window (by {@code xmin}) and no outbox event
 * inserted in it may hold the suite's marker ({@link FuzzFixtures#MARK}), which every valid value it sends and every
 * resource it created holds, so a refused request that wrote anything of its own, or touched a fixture, shows. The
 * platform is shared: other engineers' rows do not hold the marker, and a table counts only when all three windows
 * of the same requests wrote to it (a Kafka consumer touching a fixture once does not). Tables fed by Kafka or jobs
 * are not watched ({@link RowCounts#UNWATCHED}, each with why); values that may be valid, and refused values that a
 * known defect accepts, run outside the windows. Settings operations (auto-assignment, recycling rules,
 * pipeline stages, loss reasons, source channels, campaign types, offboarding) get only values that must be refused,
 * and none a known defect accepts, so a run never changes the tenant's settings or offboards anyone.
 *
 * <p>Seed: {@code -Dcrm.fuzz.seed=N} (default fixed), printed with the case count.
 */
@ExtendWith(PlatformExtension.class)
class SchemaFuzzE2EIT {

    static final long SEED = Long.getLong("crm.fuzz.seed", 14_02L);

    /** Operations sent only values that must be refused: an accepted one would change the tenant for everyone. */
    static final Set<String> REFUSALS_ONLY = Set.of(
            "PUT /api/v1/leads/auto-assignment",
            "PUT /api/v1/leads/sources/{code}",
            "POST /api/v1/leads/sources",
            "PUT /api/v1/customers/recycling-rules",
            "POST /api/v1/users/{userId}/offboard",
            "PUT /api/v1/pipeline-stages",
            "PUT /api/v1/pipeline-stages/loss-reasons",
            "PUT /api/v1/campaigns/types/{code}",
            "POST /api/v1/campaigns/types");

    /** The three operations that also get a 2 MB and a 20 MB body (the gateway answers 413 without reading them). */
    static final Set<String> HUGE_BODIES =
            Set.of("POST /api/v1/leads", "PUT /api/v1/campaigns/{id}", "POST /api/v1/payments");

    /**
     * Bodies the documents declare as plain text (the controller reads the JSON itself): the shape they really take.
     */
    static final String ANSWERS_SCHEMA = "{\"type\":\"object\",\"required\":[\"answers\"],\"properties\":{\"answers\":"
            + "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"phone\":{\"type\":\"string\"}}}}}";

    /** Fields a valid request leaves out (the service derives them): "METHOD path field". */
    static final Set<String> OMITTED = Set.of(
            "POST /api/v1/contracts amount",
            "POST /api/v1/contracts lines",
            "POST /api/v1/contracts currency",
            "POST /api/v1/contracts customerId");

    /**
     * Known defects: a regular expression over "METHOD path | field: mutation → verdict", and why. Reported and
     * counted, not failed; an operation of {@link #REFUSALS_ONLY} is not even sent them (they would be accepted and
     * change the tenant's settings).
     */
    static final Map<String, String> KNOWN_DEFECTS = Map.of();

    /** Services in the order their operations are fuzzed: deal last, so the contract is still active for billing. */
    static final List<String> ORDER = List.of("lead", "customer", "campaign", "billing", "deal");

    final Gateway gateway = new Gateway();
    final Mutations mutations = new Mutations(SEED);
    final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Failure> known = new ConcurrentLinkedQueue<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger unnamed = new AtomicInteger();
    FuzzFixtures fixtures;

    record Case(
            ApiOperation operation,
            String mutation,
            String field,
            String user,
            String path,
            String contentType,
            String body,
            Expect expect,
            int expectedStatus) {}

    record Failure(String operation, String mutation, int status, String excerpt) {}

    @Test
    void everyBodyAndQueryRefusesHostileValuesWithAProblemAndWritesNothing() throws Exception {
        long started = System.nanoTime();
        fixtures = new FuzzFixtures(gateway).create();
        List<ApiOperation> operations = ApiOperations.load(gateway).stream()
                .filter(op -> isJsonBody(op) || !op.parameters("query").isEmpty())
                .sorted(Comparator.comparingInt(op -> ORDER.indexOf(op.service())))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (RowCounts rows = new RowCounts()) {
            for (ApiOperation operation : operations) {
                fuzz(operation, rows, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf(
                "schema fuzzing: %d cases over %d operations (seed %d) in %d s%n",
                sent.get(), operations.size(), SEED, seconds);
        System.out.printf("refusals of a field value that name no field: %d%n", unnamed.get());
        if (!known.isEmpty()) {
            System.out.println("Known defects (not failed):\n" + table(known));
        }
        assertThat(failures)
                .as("schema fuzzing failures (seed " + SEED + ")\n" + table(failures))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- one operation

    private void fuzz(ApiOperation op, RowCounts rows, ExecutorService pool) throws Exception {
        String user = user(op);
        String path = fillPath(op);
        List<Case> cases = new ArrayList<>();
        String query = baseQuery(op);
        if (isJsonBody(op)) {
            ObjectNode body = validBody(op, path, user);
            bodyCases(op, user, path + query, body, cases);
        }
        queryCases(op, user, path, isJsonBody(op) ? validBodyText(op, path, user) : null, cases);
        boolean refusalsOnly = REFUSALS_ONLY.contains(op.key());
        if (refusalsOnly) {
            cases.removeIf(c -> knownAccepted(op, c));
        }
        Map<String, List<Case>> refusedByTarget = new LinkedHashMap<>();
        for (Case c : cases) {
            if (c.expect() == Expect.REFUSED && !knownAccepted(op, c)) {
                refusedByTarget
                        .computeIfAbsent(c.field() == null ? "(body)" : c.field(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        for (var batch : refusedByTarget.entrySet()) {
            // the platform is shared: a table counts only when all three windows of the same requests wrote to it
            Set<String> written = null;
            for (int attempt = 0; attempt < 3 && (written == null || !written.isEmpty()); attempt++) {
                Set<String> tables = new java.util.TreeSet<>();
                for (String change : runWatched(op.service(), batch.getValue(), rows, pool)) {
                    tables.add(change.substring(0, change.indexOf(' ')));
                }
                if (written == null) {
                    written = tables;
                } else {
                    written.retainAll(tables);
                }
            }
            if (!written.isEmpty()) {
                record(new Failure(
                        op.key(),
                        batch.getKey() + ": refused values wrote ("
                                + batch.getValue().size() + " requests)",
                        0,
                        String.join("; ", written)));
            }
        }
        // values that may be valid, and refused values a known defect accepts, run outside the watched windows
        run(
                refusalsOnly
                        ? List.of()
                        : cases.stream()
                                .filter(c -> c.expect() == Expect.ANY || knownAccepted(op, c))
                                .toList(),
                pool);
    }

    /** A value that must be refused but which a known defect accepts (and so writes). */
    private static boolean knownAccepted(ApiOperation op, Case c) {
        String line = op.key() + " | " + (c.field() == null ? "" : c.field() + ": ") + c.mutation() + " → accepted";
        return KNOWN_DEFECTS.keySet().stream().anyMatch(line::matches);
    }

    private List<String> runWatched(String service, List<Case> cases, RowCounts rows, ExecutorService pool)
            throws Exception {
        RowCounts.Window window = rows.open(service);
        run(cases, pool);
        return rows.written(window, FuzzFixtures.MARK);
    }

    private void run(List<Case> cases, ExecutorService pool) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (Case c : cases) {
            if (c.user() == null) { // the public routes are rate-limited per client: one at a time, paced
                send(c);
                Thread.sleep(130);
            } else {
                running.add(pool.submit(() -> {
                    send(c);
                    return null;
                }));
            }
        }
        for (Future<?> future : running) {
            future.get();
        }
    }

    private void send(Case c) throws Exception {
        sent.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.gateway() + c.path()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        c.operation().method(),
                        c.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(c.body()));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (c.user() != null) {
            request.header("Authorization", "Bearer " + gateway.token(c.user()));
        }
        HttpResponse<String> response;
        try {
            response = gateway.send(request.build());
        } catch (IOException e) {
            record(new Failure(c.operation().key(), c.mutation(), -1, "no answer: " + e));
            return;
        }
        judge(c, response);
    }

    private void judge(Case c, HttpResponse<String> response) {
        int status = response.statusCode();
        String problem = null;
        if (status >= 500) {
            problem = "server error";
        } else if (status < 200 || (status >= 300 && status < 400)) {
            problem = "unexpected status";
        } else if (status < 300) {
            if (c.expect() == Expect.REFUSED) {
                problem = "accepted a value that must be refused";
            }
        } else {
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = null;
            try {
                body = Gateway.JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                // reported below
            }
            if (!type.startsWith("application/problem+json")
                    || body == null
                    || !body.path("code").isString()) {
                problem = "refusal is not problem+json with a code (" + type + ")";
            } else if (c.expectedStatus() != 0 && status != c.expectedStatus()) {
                problem = "expected " + c.expectedStatus();
            } else if (status == 400
                    && c.expect() == Expect.REFUSED
                    && c.field() != null
                    && !namesField(body, c.field())) {
                problem = "400 does not name the field " + c.field();
            }
        }
        if (problem != null) {
            record(new Failure(
                    c.operation().key(),
                    (c.field() == null ? "" : c.field() + ": ") + c.mutation() + " → " + problem,
                    status,
                    excerpt(response.body())));
        }
    }

    private boolean namesField(JsonNode problem, String field) {
        String leaf = field.replaceAll(".*[.\\]]", "");
        List<String> named = new ArrayList<>();
        if (problem.hasNonNull("field")) {
            named.add(problem.get("field").asString(""));
        }
        for (JsonNode error : problem.path("errors")) {
            named.add(error.path("field").asString(""));
        }
        if (named.isEmpty()) { // the platform names no field for this refusal (e.g. a number Jackson cannot hold)
            unnamed.incrementAndGet();
            return true;
        }
        return named.stream().anyMatch(name -> name.contains(leaf));
    }

    private void record(Failure failure) {
        for (var defect : KNOWN_DEFECTS.entrySet()) {
            if ((failure.operation() + " | " + failure.mutation()).matches(defect.getKey())) {
                known.add(failure);
                return;
            }
        }
        failures.add(failure);
    }

    // ------------------------------------------------------------------------------------------------ the cases

    private void bodyCases(ApiOperation op, String user, String path, ObjectNode body, List<Case> cases) {
        String valid = Gateway.JSON.writeValueAsString(body);
        String json = "application/json";
        for (Target target : targets(op, body)) {
            for (Value value : mutations.forBodyField(target.schema(), target.required(), target.valid())) {
                cases.add(new Case(
                        op,
                        value.name(),
                        target.name(),
                        user,
                        path,
                        json,
                        with(body, target, value.json()),
                        value.expect(),
                        0));
            }
        }
        cases.add(new Case(
                op,
                "10,000 nested arrays as the body",
                null,
                user,
                path,
                json,
                "[".repeat(10_000) + "]".repeat(10_000),
                Expect.REFUSED,
                0)); // 400, or 413 where a route takes only small bodies (the public forms: 16 KB)
        boolean batches = op.resolve(op.bodySchema()).path("type").asString("").equals("string");
        cases.add(
                new Case( // the endpoints that read the JSON text themselves take a batch (an array) too
                        op,
                        "an array for the body",
                        null,
                        user,
                        path,
                        json,
                        "[" + valid + "]",
                        batches ? Expect.ANY : Expect.REFUSED,
                        batches ? 0 : 400));
        cases.add(new Case(
                op,
                "truncated body",
                null,
                user,
                path,
                json,
                valid.substring(0, valid.length() / 2),
                Expect.REFUSED,
                400));
        cases.add(new Case(op, "text/plain body", null, user, path, "text/plain", valid, Expect.REFUSED, 415));
        if (HUGE_BODIES.contains(op.key())) {
            for (int megabytes : new int[] {2, 20}) {
                String huge = "{\"notes\":\"" + "x".repeat(megabytes * 1024 * 1024) + "\"}";
                cases.add(new Case(op, megabytes + " MB body", null, user, path, json, huge, Expect.REFUSED, 413));
            }
        }
    }

    private void queryCases(ApiOperation op, String user, String path, String body, List<Case> cases) {
        String contentType = body == null ? null : "application/json";
        Map<String, JsonNode> parameters = queryParameters(op);
        if (parameters.isEmpty()) {
            return;
        }
        String base = baseQuery(op);
        String separator = base.isEmpty() ? "?" : base + "&";
        for (var parameter : parameters.entrySet()) {
            for (Value value : mutations.forQueryParameter(parameter.getValue())) {
                cases.add(new Case(
                        op,
                        "query " + value.name(),
                        parameter.getKey(),
                        user,
                        path + separator + parameter.getKey() + "=" + value.json(),
                        contentType,
                        body,
                        value.expect(),
                        0));
            }
        }
        String first = parameters.keySet().iterator().next();
        cases.add(new Case(
                op,
                "query past 4,096 characters",
                null,
                user,
                path + separator + first + "=" + mutations.letters(5_000),
                contentType,
                body,
                Expect.REFUSED,
                414));
    }

    /** Query parameters by name; an object parameter (a query record) stands for its properties. */
    private static Map<String, JsonNode> queryParameters(ApiOperation op) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (Parameter parameter : op.parameters("query")) {
            JsonNode schema = op.resolve(parameter.schema());
            if (schema.path("type").asString("").equals("object")) {
                for (var property : schema.path("properties").properties()) {
                    parameters.put(property.getKey(), op.resolve(property.getValue()));
                }
            } else {
                parameters.put(parameter.name(), schema);
            }
        }
        return parameters;
    }

    private static String baseQuery(ApiOperation op) {
        return op.parameters("query").stream()
                .filter(p -> p.required()
                        && !op.resolve(p.schema()).path("type").asString("").equals("object"))
                .map(p -> p.name() + "=" + (p.name().equals("groupBy") ? "customer" : "x"))
                .collect(Collectors.joining("&", "?", ""))
                .replaceAll("^\\?$", "");
    }

    /** One field of a body to mutate: its path from the root (names and indexes), schema and valid value. */
    record Target(String name, List<Object> path, JsonNode schema, boolean required, JsonNode valid) {}

    private List<Target> targets(ApiOperation op, ObjectNode body) {
        List<Target> targets = new ArrayList<>();
        collect(op, bodySchema(op), body, List.of(), "", targets, 0);
        return targets;
    }

    private void collect(
            ApiOperation op,
            JsonNode schema,
            JsonNode value,
            List<Object> at,
            String name,
            List<Target> targets,
            int depth) {
        JsonNode object = op.resolve(schema);
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asString()));
        for (var property : object.path("properties").properties()) {
            JsonNode propertySchema = op.resolve(property.getValue());
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            String fieldName = name + property.getKey();
            JsonNode valid = value == null ? null : value.get(property.getKey());
            targets.add(new Target(fieldName, path, propertySchema, required.contains(property.getKey()), valid));
            if (depth >= 1) {
                continue;
            }
            if (propertySchema.path("properties").isObject() && valid != null && valid.isObject()) {
                collect(op, propertySchema, valid, path, fieldName + ".", targets, depth + 1);
            }
            JsonNode items = op.resolve(propertySchema.path("items"));
            if (items != null
                    && items.path("properties").isObject()
                    && valid != null
                    && valid.isArray()
                    && !valid.isEmpty()) {
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                collect(op, items, valid.get(0), first, fieldName + "[0].", targets, depth + 1);
            }
        }
    }

    /** The body with the target's value replaced by raw JSON text (which may hold what no Java string can). */
    private static String with(ObjectNode body, Target target, String raw) {
        String placeholder = "@@fuzz-" + UUID.randomUUID() + "@@";
        ObjectNode copy = body.deepCopy();
        JsonNode parent = copy;
        List<Object> path = target.path();
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.getLast();
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, Gateway.JSON.getNodeFactory().stringNode(placeholder));
        } else {
            ((ObjectNode) parent).put((String) last, placeholder);
        }
        return Gateway.JSON.writeValueAsString(copy).replace("\"" + placeholder + "\"", raw);
    }

    // ----------------------------------------------------------------------------------------- valid requests

    private static boolean isJsonBody(ApiOperation op) {
        return op.hasBody() && op.bodyContentType().startsWith("application/json");
    }

    private static JsonNode bodySchema(ApiOperation op) {
        JsonNode schema = op.resolve(op.bodySchema());
        return schema.path("type").asString("").equals("string") ? Gateway.JSON.readTree(ANSWERS_SCHEMA) : schema;
    }

    private static String user(ApiOperation op) {
        if (op.path().startsWith("/api/v1/public/")) {
            return null;
        }
        return switch (op.service()) {
            case "campaign" -> "acme-marketing";
            case "billing" -> "acme-finance";
            default -> "acme-admin";
        };
    }

    private String fillPath(ApiOperation op) {
        String path = op.path();
        for (Parameter parameter : op.parameters("path")) {
            path = path.replace("{" + parameter.name() + "}", fixtures.pathValue(op.path(), parameter.name()));
        }
        return path;
    }

    private String validBodyText(ApiOperation op, String path, String user) throws Exception {
        return Gateway.JSON.writeValueAsString(validBody(op, path, user));
    }

    private ObjectNode validBody(ApiOperation op, String path, String user) throws Exception {
        JsonNode schema = bodySchema(op);
        ObjectNode body = (ObjectNode) validValue(op, "", schema, 0);
        if (op.method().equals("PUT") && user != null) {
            JsonNode current = current(path, user);
            if (current == null && path.lastIndexOf('/') > 0) {
                current = current(path.substring(0, path.lastIndexOf('/')), user);
            }
            if (current != null) {
                for (var property : schema.path("properties").properties()) {
                    JsonNode now = current.get(property.getKey());
                    boolean settings = REFUSALS_ONLY.contains(op.key());
                    if (now != null
                            && !now.isNull()
                            && (settings || property.getKey().equals("version"))) {
                        body.set(property.getKey(), onlySchema(op, property.getValue(), now));
                    }
                }
            }
        }
        return body;
    }

    /** What a GET of {@code path} answers, or null. */
    private JsonNode current(String path, String user) throws Exception {
        HttpResponse<String> response = gateway.get(path, gateway.token(user));
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode node = Gateway.JSON.readTree(response.body());
        return node.isObject() ? node : null;
    }

    /** A value read back, keeping only what the request schema has (read models carry more). */
    private static JsonNode onlySchema(ApiOperation op, JsonNode schema, JsonNode value) {
        JsonNode resolved = op.resolve(schema);
        if (value.isArray() && resolved.has("items")) {
            ArrayNode items = Gateway.JSON.createArrayNode();
            value.forEach(item -> items.add(onlySchema(op, resolved.get("items"), item)));
            return items;
        }
        if (value.isObject() && resolved.path("properties").isObject()) {
            ObjectNode object = Gateway.JSON.createObjectNode();
            for (var property : resolved.path("properties").properties()) {
                if (value.has(property.getKey())) {
                    object.set(property.getKey(), onlySchema(op, property.getValue(), value.get(property.getKey())));
                }
            }
            return object;
        }
        return value;
    }

    /** A valid value of a schema, or null when none is needed and none is known (the field is left out). */
    private JsonNode validValue(ApiOperation op, String field, JsonNode schema, int depth) {
        JsonNode resolved = op.resolve(schema);
        if (OMITTED.contains(op.key() + " " + field)
                || (field.equals("ownerId") && op.service().equals("campaign"))) {
            return null;
        }
        String known = fixtures.knownValue(field, resolved);
        if (known != null) {
            return Gateway.JSON.readTree(known);
        }
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "");
        String format = resolved.path("format").asString("");
        String lower = field.toLowerCase(Locale.ROOT);
        boolean later =
                lower.contains("next") || lower.contains("end") || lower.contains("due") || lower.contains("expected");
        switch (type) {
            case "object" -> {
                ObjectNode object = Gateway.JSON.createObjectNode();
                if (resolved.has("additionalProperties")) {
                    object.put("fuzz", "value");
                    return object;
                }
                if (depth > 3) {
                    return object;
                }
                for (var property : resolved.path("properties").properties()) {
                    JsonNode value = validValue(op, property.getKey(), property.getValue(), depth + 1);
                    if (value != null) {
                        object.set(property.getKey(), value);
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = Gateway.JSON.createArrayNode();
                JsonNode items = op.resolve(resolved.path("items"));
                if (items.has("properties") || resolved.path("minItems").asInt(0) > 0) {
                    JsonNode item = validValue(op, field, items, depth + 1);
                    if (item != null) {
                        array.add(item);
                    }
                }
                return array;
            }
            case "string" -> {
                if (resolved.has("enum")) {
                    return Gateway.JSON
                            .getNodeFactory()
                            .stringNode(resolved.get("enum").get(0).asString());
                }
                String value = switch (format) {
                    case "date" -> later ? "2027-03-31" : "2026-11-01";
                    case "date-time" ->
                        (later
                                        ? Instant.now().plus(7, ChronoUnit.DAYS)
                                        : Instant.now().minus(1, ChronoUnit.HOURS))
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString();
                    case "uuid", "email" -> null;
                    default -> resolved.has("pattern") ? null : "Fuzz " + field;
                };
                if (value == null) {
                    return null;
                }
                int max = resolved.path("maxLength").asInt(Integer.MAX_VALUE);
                return Gateway.JSON.getNodeFactory().stringNode(value.substring(0, Math.min(value.length(), max)));
            }
            case "integer" -> {
                return Gateway.JSON
                        .getNodeFactory()
                        .numberNode(resolved.path("minimum").asInt(field.equals("version") ? 0 : 1));
            }
            case "number" -> {
                String number = switch (field) {
                    case "discount" -> "0";
                    case "unitPrice", "amount" -> "100.00";
                    default -> "1";
                };
                return Gateway.JSON.getNodeFactory().numberNode(new java.math.BigDecimal(number));
            }
            case "boolean" -> {
                return Gateway.JSON.getNodeFactory().booleanNode(false);
            }
            default -> {
                return null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- reporting

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private static String table(java.util.Collection<Failure> rows) {
        StringBuilder out = new StringBuilder(
                String.format("%-52s | %-70s | %6s | %s%n", "operation", "mutation", "status", "answer"));
        rows.stream()
                .sorted(Comparator.comparing(Failure::operation).thenComparing(Failure::mutation))
                .forEach(f -> out.append(String.format(
                        "%-52s | %-70s | %6d | %s%n", f.operation(), f.mutation(), f.status(), f.excerpt())));
        return out.toString();
    }
}
