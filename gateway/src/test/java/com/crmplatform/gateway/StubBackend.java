package com.crmplatform.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one service, on a JDK HTTP server: answers every request with a JSON echo of what it received
 * (so a test sees which headers reached the service), and a few fixed answers on special paths.
 */
final class StubBackend implements AutoCloseable {

    /** The problem document the stub answers on {@code .../missing}; the gateway must pass it on byte for byte. */
    static final String NOT_FOUND_PROBLEM = "{\"type\":\"urn:problem:crm:not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"Lead 404 does not exist\",\"instance\":\"/api/v1/leads/missing\","
            + "\"code\":\"NOT_FOUND\",\"traceId\":\"from-the-service\"}";

    static final String SERVER_ERROR_PROBLEM = "{\"type\":\"urn:problem:crm:internal-error\",\"title\":"
            + "\"Internal Server Error\",\"status\":500,\"code\":\"INTERNAL_ERROR\"}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final HttpServer server;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private StubBackend(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    }

    /** A service stub that echoes requests. */
    static StubBackend service(String name) {
        StubBackend stub = new StubBackend(name);
        stub.server.createContext("/", stub::answer);
        stub.server.start();
        return stub;
    }

    /** A Keycloak stand-in serving the realm's JWK Set at the path Keycloak uses. */
    static StubBackend issuer(String jwkSetJson) {
        StubBackend stub = new StubBackend("keycloak");
        stub.server.createContext("/realms/crm/protocol/openid-connect/certs", exchange -> {
            stub.record(exchange);
            if (stub.down) {
                respond(exchange, 503, "text/plain", "starting");
            } else {
                respond(exchange, 200, "application/json", jwkSetJson);
            }
        });
        stub.server.start();
        return stub;
    }

    /** A port nothing listens on (a service that is down). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** While down, the stub answers 503 (Keycloak restarting). */
    void down(boolean down) {
        this.down = down;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests received so far: method, path, query and the headers the tests look at. */
    List<Map<String, String>> received() {
        return received;
    }

    long receivedOn(String path) {
        return received.stream().filter(r -> path.equals(r.get("path"))).count();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> request = record(exchange);
        String path = request.get("path");
        if (path.endsWith("/missing")) {
            respond(exchange, 404, "application/problem+json", NOT_FOUND_PROBLEM);
        } else if (path.endsWith("/boom")) {
            respond(exchange, 500, "application/problem+json", SERVER_ERROR_PROBLEM);
        } else if (path.endsWith("/import")) {
            sleep(1_500); // longer than the test's backend-timeout (1 s), as a big import is
            respond(exchange, 200, "application/json", JSON.writeValueAsString(request));
        } else if (path.endsWith("/busy")) {
            sleep(300);
            respond(exchange, 200, "application/json", "{\"busy\":true}");
        } else if (path.endsWith("/slow")) {
            sleep(3_000);
            respond(exchange, 200, "application/json", "{\"slow\":true}");
        } else {
            respond(exchange, 200, "application/json", JSON.writeValueAsString(request));
        }
    }

    private Map<String, String> record(HttpExchange exchange) throws IOException {
        int bodyBytes = exchange.getRequestBody().readAllBytes().length;
        Map<String, String> request = new LinkedHashMap<>();
        request.put("service", name);
        request.put("method", exchange.getRequestMethod());
        request.put("path", exchange.getRequestURI().getRawPath());
        request.put("query", String.valueOf(exchange.getRequestURI().getRawQuery()));
        request.put("bodyBytes", String.valueOf(bodyBytes));
        for (String header : List.of("Authorization", "traceparent", "Origin")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.put(header.toLowerCase(java.util.Locale.ROOT), value);
            }
        }
        received.add(request);
        return request;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
