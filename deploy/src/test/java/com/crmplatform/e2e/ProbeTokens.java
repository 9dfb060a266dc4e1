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
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad tokens of the authorization probes: an expired one (really signed by Keycloak, past its {@code exp} by more
 * than the 60 s clock skew Spring allows), a forged one (a real token whose payload was changed, signature kept) and
 * an unsigned one ({@code alg: none}).
 */
final class ProbeTokens {

    /**
     * A public client of realm {@code crm} whose access tokens live 1 s, created once through Keycloak's admin REST
     * API (master realm bootstrap admin, {@code CRM_KEYCLOAK_ADMIN_USER}/{@code _PASSWORD}, default admin/admin).
     * It carries the same {@code tenant} mapper as {@code crm-cli}, so its tokens differ only in their lifetime.
     */
    static final String EXPIRING_CLIENT = "crm-probe-expiring";

    /** Spring's {@code JwtTimestampValidator} accepts a token up to 60 s past its {@code exp}. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private ProbeTokens() {}

    /** A token and the moment it may be used as an expired one (its {@code exp} + skew + 2 s). */
    record Expiring(String token, Instant expiredAfter) {}

    static Expiring expiring(String username) throws IOException, InterruptedException {
        ensureExpiringClient();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Platform.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + EXPIRING_CLIENT
                        + "&username=" + username + "&password=demo"))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No short-lived token: " + response.body());
        }
        String token =
                Gateway.JSON.readTree(response.body()).get("access_token").asString();
        long exp = payload(token).get("exp").asLong();
        return new Expiring(token, Instant.ofEpochSecond(exp).plus(CLOCK_SKEW).plusSeconds(2));
    }

    /** The real token with its {@code tenant} claim switched, the signature left as it was. */
    static String forged(String realToken, String tenant) {
        String[] parts = realToken.split("\\.");
        ObjectNode payload = (ObjectNode) payload(realToken);
        payload.put("tenant", tenant);
        return parts[0] + "." + encode(payload.toString()) + "." + parts[2];
    }

    /** The real token's claims under {@code {"alg":"none"}} and an empty signature. */
    static String unsigned(String realToken) {
        String[] parts = realToken.split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    static JsonNode payload(String token) {
        return Gateway.JSON.readTree(new String(B64D.decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void ensureExpiringClient() throws IOException, InterruptedException {
        String keycloak =
                Platform.tokenEndpoint().substring(0, Platform.tokenEndpoint().indexOf("/realms/"));
        String user = System.getenv().getOrDefault("CRM_KEYCLOAK_ADMIN_USER", "admin");
        String password = System.getenv().getOrDefault("CRM_KEYCLOAK_ADMIN_PASSWORD", "admin");
        HttpResponse<String> login =
                send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                        .build());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin login failed: " + login.body());
        }
        String admin = Gateway.JSON.readTree(login.body()).get("access_token").asString();
        String client = "{\"clientId\":\"" + EXPIRING_CLIENT + "\","
                + "\"name\":\"authorization probes: access tokens that expire after 1 s\","
                + "\"publicClient\":true,\"directAccessGrantsEnabled\":true,\"standardFlowEnabled\":false,"
                + "\"attributes\":{\"access.token.lifespan\":\"1\"},"
                + "\"protocolMappers\":[{\"name\":\"tenant\",\"protocol\":\"openid-connect\","
                + "\"protocolMapper\":\"oidc-usermodel-attribute-mapper\",\"config\":{\"user.attribute\":\"tenant\","
                + "\"claim.name\":\"tenant\",\"jsonType.label\":\"String\",\"access.token.claim\":\"true\","
                + "\"id.token.claim\":\"true\",\"userinfo.token.claim\":\"true\"}}]}";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/crm/clients"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build());
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException(
                    "Could not create client " + EXPIRING_CLIENT + ": " + created.statusCode() + " " + created.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
