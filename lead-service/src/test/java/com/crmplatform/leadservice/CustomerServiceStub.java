package com.crmplatform.leadservice;

import com.crmplatform.platform.test.TcpProxy;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * customer-service for the integration tests: a JDK HTTP server answering {@code POST /api/v1/customers/from-lead}
 * like the real one (201 the first time, 200 with the same ids for the same lead), behind a {@link TcpProxy} so a
 * test can take it "down" (connections refused). It records every request, and a test can script the next answers
 * for one lead. One instance per JVM; every Spring context of the tests gets its URL through {@link Properties}
 * (so the shared context key stays the same for every integration test).
 */
public final class CustomerServiceStub {

    /** How the stub answers one call. */
    public enum Answer {
        /** Like customer-service: 201 with new ids, 200 with the same ids when the lead was converted before. */
        NORMAL,
        /** 503 problem, nothing created. */
        UNAVAILABLE,
        /** Creates the customer, then answers 503: the answer is "lost" on the way back. */
        LOSE_ANSWER,
        /** 409 problem with reason {@code CUSTOMER_OWNER_INACTIVE}. */
        CONFLICT,
        /** Nothing for 6 s (past the read timeout and the time limiter), then 503. */
        SLOW
    }

    /** One request received. */
    public record Received(String authorization, JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static volatile CustomerServiceStub instance;

    private final HttpServer server;
    private final TcpProxy proxy = new TcpProxy();
    private final Map<UUID, Map<String, String>> customers = new ConcurrentHashMap<>();
    private final Map<UUID, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private CustomerServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/customers/from-lead", this::handle);
        server.start();
        proxy.forwardTo("127.0.0.1", server.getAddress().getPort());
    }

    public static synchronized CustomerServiceStub get() {
        if (instance == null) {
            instance = new CustomerServiceStub();
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + proxy.port();
    }

    /** The next answers to calls for this lead, in order; afterwards {@link Answer#NORMAL}. */
    public void answer(UUID leadId, Answer... answers) {
        scripted.computeIfAbsent(leadId, id -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /** Refuses every connection until {@link #up()}. */
    public void down() {
        proxy.cut();
    }

    public void up() {
        proxy.restore();
    }

    /** The requests received for this lead, oldest first. */
    public List<Received> requests(UUID leadId) {
        return received.stream()
                .filter(r -> leadId.toString().equals(r.body().path("leadId").asString()))
                .toList();
    }

    /** The customer id created for this lead, if any. */
    public String customerOf(UUID leadId) {
        Map<String, String> ids = customers.get(leadId);
        return ids == null ? null : ids.get("customerId");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
            UUID leadId = UUID.fromString(body.path("leadId").asString());
            Deque<Answer> next = scripted.getOrDefault(leadId, new ArrayDeque<>());
            Answer answer = next.isEmpty() ? Answer.NORMAL : next.poll();
            switch (answer) {
                case UNAVAILABLE -> problem(exchange, 503, "SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE");
                case CONFLICT -> problem(exchange, 409, "CONFLICT", "CUSTOMER_OWNER_INACTIVE");
                case SLOW -> {
                    try {
                        Thread.sleep(6000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    problem(exchange, 503, "SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE");
                }
                case LOSE_ANSWER -> {
                    create(leadId);
                    problem(exchange, 503, "SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE");
                }
                case NORMAL -> {
                    boolean created = create(leadId);
                    Map<String, String> ids = customers.get(leadId);
                    send(
                            exchange,
                            created ? 201 : 200,
                            "application/json",
                            "{\"customerId\":\"%s\",\"contactId\":\"%s\",\"created\":%s}"
                                    .formatted(ids.get("customerId"), ids.get("contactId"), created));
                }
            }
        }
    }

    private boolean create(UUID leadId) {
        boolean[] created = {false};
        customers.computeIfAbsent(leadId, id -> {
            created[0] = true;
            return Map.of(
                    "customerId", UUID.randomUUID().toString(),
                    "contactId", UUID.randomUUID().toString());
        });
        return created[0];
    }

    private static void problem(HttpExchange exchange, int status, String code, String reason) throws IOException {
        send(
                exchange,
                status,
                "application/problem+json",
                "{\"type\":\"urn:problem:crm:%s\",\"title\":\"stub\",\"status\":%d,\"code\":\"%s\",\"reason\":\"%s\",\"detail\":\"customer-service stub\"}"
                        .formatted(code.toLowerCase().replace('_', '-'), status, code, reason));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Points every test application's customer-service client at the stub. */
    public static class Properties implements EnvironmentPostProcessor {

        @Override
        public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "customer-service-stub", Map.of("crm.lead.customer-service-url", get().url())));
        }
    }
}
