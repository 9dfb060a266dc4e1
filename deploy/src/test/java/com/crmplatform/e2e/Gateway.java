package com.crmplatform.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the platform under test through its gateway, with real tokens of the demo users from Keycloak. */
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {}

    /** An access token of a demo user (password {@code demo}), reused while it has a minute left. */
    String token(String username) throws IOException, InterruptedException {
        Token cached = tokens.get(username);
        if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
            return cached.value();
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(Platform.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "password",
                                "client_id", "crm-cli",
                                "username", username,
                                "password", "demo"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        Token token = new Token(
                body.get("access_token").asString(),
                Instant.now().plusSeconds(body.get("expires_in").asLong() - 60));
        tokens.put(username, token);
        return token.value();
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return send("POST", path, token, body);
    }

    HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return send("PUT", path, token, body);
    }

    /** Any method; a JSON body when {@code body} is not null, a bearer token when {@code token} is not null. */
    HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        return send(request(method, path, token, body).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
