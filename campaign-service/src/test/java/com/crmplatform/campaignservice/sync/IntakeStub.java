package com.crmplatform.campaignservice.sync;

import com.crmplatform.contracts.campaign.CampaignMember;
import com.crmplatform.contracts.campaign.IntakeOutcome;
import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResponse;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * lead-service's and customer-service's member intake as the sync sees it over HTTP: idempotent per member, as the
 * real ones are, with switches for the faults a sync must survive. (The real services' intake is proven in their own
 * ITs and end to end through the gateway in the deploy module.)
 */
final class IntakeStub implements AutoCloseable {

    static final String EXISTING_PHONE = "13900000000";
    static final String REFUSED_PHONE = "000";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<UUID, MemberIntakeResult> taken = new ConcurrentHashMap<>();
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final UUID existingRecord = UUID.randomUUID();
    private final AtomicInteger answerBatches = new AtomicInteger(Integer.MAX_VALUE);
    private volatile boolean takeThenFail;
    private volatile long delayMillis;

    IntakeStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers this many more batches, then 503 (the service went down). */
    void downAfter(int batches) {
        answerBatches.set(batches);
    }

    /** Takes the members in, then answers 503: the answer is lost as if the caller had crashed. */
    void takeThenFail(boolean on) {
        takeThenFail = on;
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    void reset() {
        answerBatches.set(Integer.MAX_VALUE);
        takeThenFail = false;
        delayMillis = 0;
    }

    int created() {
        return created.get();
    }

    int batches() {
        return batches.get();
    }

    Set<String> paths() {
        return Set.copyOf(paths);
    }

    UUID existingRecord() {
        return existingRecord;
    }

    MemberIntakeResult resultOf(UUID member) {
        return taken.get(member);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            paths.add(exchange.getRequestURI().getPath());
            if (answerBatches.getAndDecrement() <= 0) {
                answer(exchange, 503, "{\"status\":503,\"code\":\"SERVICE_UNAVAILABLE\"}");
                return;
            }
            MemberIntakeRequest request = json.readValue(exchange.getRequestBody(), MemberIntakeRequest.class);
            sleep();
            batches.incrementAndGet();
            List<MemberIntakeResult> results = request.members().stream()
                    .map(member -> take(request.campaignId(), member))
                    .toList();
            if (takeThenFail) {
                answer(exchange, 503, "{\"status\":503,\"code\":\"SERVICE_UNAVAILABLE\"}");
                return;
            }
            answer(exchange, 200, json.writeValueAsString(new MemberIntakeResponse(results)));
        }
    }

    private MemberIntakeResult take(UUID campaign, CampaignMember member) {
        if (REFUSED_PHONE.equals(member.phone())) {
            return new MemberIntakeResult(campaign, member.memberId(), IntakeOutcome.FAILED, null, "INVALID_PHONE");
        }
        return taken.computeIfAbsent(member.memberId(), id -> {
            if (EXISTING_PHONE.equals(member.phone())) {
                return new MemberIntakeResult(campaign, id, IntakeOutcome.LINKED, existingRecord, null);
            }
            created.incrementAndGet();
            return new MemberIntakeResult(campaign, id, IntakeOutcome.CREATED, UUID.randomUUID(), null);
        });
    }

    private void sleep() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
