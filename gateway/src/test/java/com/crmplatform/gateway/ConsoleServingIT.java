package com.crmplatform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The web console (module console) is served at / without a token, with a fallback for its client-side routes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleServingIT {

    private static final TestTokens TOKENS = new TestTokens();
    private static final StubBackend KEYCLOAK = StubBackend.issuer(TOKENS.jwkSetJson());
    private static final StubBackend LEAD = StubBackend.service("lead-service");

    /** The console's index.html (console/index.html) carries this marker. */
    private static final String CONSOLE_MARKER = "<div id=\"root\"></div>";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("CRM_ISSUER_URI", () -> KEYCLOAK.url() + "/realms/crm");
        registry.add("CRM_KEYCLOAK_URL", () -> "http://kc.example:8180");
        registry.add("LEAD_SERVICE_URL", LEAD::url);
    }

    @AfterAll
    static void stopStubs() {
        KEYCLOAK.close();
        LEAD.close();
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void rootServesTheConsoleWithoutATokenUncachedAndWithACsp() {
        client.get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).isEqualTo("no-cache"))
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> assertThat(csp)
                                .contains("connect-src 'self' http://kc.example:8180")
                                .contains("frame-src 'self' http://kc.example:8180"))
                .expectBody(String.class)
                .value(html -> assertThat(html).contains(CONSOLE_MARKER));
    }

    @Test
    void clientSideRoutesFallBackToIndexHtml() {
        for (String route : new String[] {"/leads/42", "/leads", "/index.html"}) {
            client.get()
                    .uri(route)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(String.class)
                    .value(html -> assertThat(html).contains(CONSOLE_MARKER));
        }
    }

    @Test
    void hashedAssetsAreServedWithoutATokenAndCachedForAYear() {
        String html = client.get()
                .uri("/")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(html).isNotNull();
        int start = html.indexOf("/assets/");
        assertThat(start).as("index.html links a hashed asset").isPositive();
        String asset = html.substring(start, html.indexOf('"', start));
        client.get()
                .uri(asset)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
    }

    @Test
    void consoleConfigNamesTheKeycloakItLogsInWith() {
        client.get()
                .uri("/console-config.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keycloakUrl")
                .isEqualTo("http://kc.example:8180")
                .jsonPath("$.realm")
                .isEqualTo("crm")
                .jsonPath("$.clientId")
                .isEqualTo("crm-console");
    }

    @Test
    void theApiStillNeedsATokenAndReservedPathsAreNotTheConsole() {
        client.get()
                .uri("/api/v1/leads")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("UNAUTHENTICATED");
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
        client.post().uri("/leads/42").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theProbesOnTheApiPortStayProbes() {
        for (String probe : new String[] {"/readyz", "/livez"}) {
            client.get()
                    .uri(probe)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(String.class)
                    .value(body ->
                            assertThat(body).contains("\"status\":\"UP\"").doesNotContain(CONSOLE_MARKER));
        }
    }
}
