package com.crmplatform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as it runs: started on a random port with its real application.yml, in front of stub services (JDK
 * HTTP servers) and a stub Keycloak serving a test JWK Set. Tokens are real RS256 JWTs signed with the test key;
 * security is not switched off. deal-service points at a closed port (a service that is down).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
class GatewayRoutingIT {

    private static final TestTokens TOKENS = new TestTokens();
    private static final StubBackend KEYCLOAK = StubBackend.issuer(TOKENS.jwkSetJson());
    private static final String ISSUER = KEYCLOAK.url() + "/realms/crm";
    private static final StubBackend LEAD = StubBackend.service("lead-service");
    private static final StubBackend CUSTOMER = StubBackend.service("customer-service");
    private static final StubBackend CAMPAIGN = StubBackend.service("campaign-service");
    private static final StubBackend BILLING = StubBackend.service("billing-service");
    private static final int DEAL_PORT = StubBackend.closedPort();

    /** A client's W3C trace context: the gateway must continue this trace. */
    private static final String CLIENT_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final String CLIENT_TRACEPARENT = "00-" + CLIENT_TRACE_ID + "-00f067aa0ba902b7-01";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("CRM_ISSUER_URI", () -> ISSUER);
        registry.add("LEAD_SERVICE_URL", LEAD::url);
        registry.add("CUSTOMER_SERVICE_URL", CUSTOMER::url);
        registry.add("DEAL_SERVICE_URL", () -> "http://127.0.0.1:" + DEAL_PORT);
        registry.add("CAMPAIGN_SERVICE_URL", CAMPAIGN::url);
        registry.add("BILLING_SERVICE_URL", BILLING::url);
    }

    @AfterAll
    static void stopStubs() {
        for (StubBackend stub : new StubBackend[] {KEYCLOAK, LEAD, CUSTOMER, CAMPAIGN, BILLING}) {
            stub.close();
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void requestWithoutTokenIsRefusedWith401ProblemAndNotForwarded() {
        long before = LEAD.received().size();

        client.get()
                .uri("/api/v1/leads")
                .header("traceparent", CLIENT_TRACEPARENT)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem:crm:unauthenticated")
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.code")
                .isEqualTo("UNAUTHENTICATED")
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/leads")
                .jsonPath("$.detail")
                .isNotEmpty()
                .jsonPath("$.traceId")
                .isEqualTo(CLIENT_TRACE_ID);

        assertThat(LEAD.received()).hasSize((int) before);
    }

    @Test
    void validTokenIsRoutedWithAuthorizationAndTraceparentForwarded() {
        String token = TOKENS.withTenant(ISSUER, "acme");

        Map<String, String> received = client.get()
                .uri("/api/v1/leads/42?page=2")
                .headers(h -> h.setBearerAuth(token))
                .header("traceparent", CLIENT_TRACEPARENT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, String>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(received)
                .containsEntry("service", "lead-service")
                .containsEntry("path", "/api/v1/leads/42")
                .containsEntry("query", "page=2")
                .containsEntry("authorization", "Bearer " + token);
        // The service continues the client's trace, as a child of the gateway's span (not of the client's).
        assertThat(received.get("traceparent"))
                .matches("00-" + CLIENT_TRACE_ID + "-[0-9a-f]{16}-01")
                .isNotEqualTo(CLIENT_TRACEPARENT);
    }

    @Test
    void gatewayStartsATraceWhenTheClientSendsNone() {
        Map<String, String> received = client.get()
                .uri("/api/v1/leads")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, String>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(received).containsKey("traceparent");
        assertThat(received.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/leads, lead-service",
        "/api/v1/customers/7, customer-service",
        "/api/v1/contacts, customer-service",
        "/api/v1/users/me, customer-service",
        "/api/v1/campaigns/3/members, campaign-service",
        "/api/v1/campaigns/3/sync, campaign-service",
        "/api/v1/campaigns/3/members/import, campaign-service",
        "/api/v1/payments, billing-service",
        "/api/v1/receivables/9, billing-service",
        "/api/v1/contracts/5/payment-plan, billing-service"
    })
    void eachApiIsRoutedToItsService(String path, String service) {
        client.post()
                .uri(path)
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "globex")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"x\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo(service)
                .jsonPath("$.method")
                .isEqualTo("POST")
                .jsonPath("$.path")
                .isEqualTo(path);
    }

    @Test
    void largeUploadsReachTheServiceWhole() {
        byte[] csv = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(csv, (byte) 'a');

        client.post()
                .uri("/api/v1/leads/import")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.bodyBytes")
                .isEqualTo(String.valueOf(csv.length));
    }

    @Test
    void aRequestLineOverTheLimitIsRefusedWith414ProblemAndNotForwarded() {
        long before = LEAD.received().size();

        client.get()
                .uri("/api/v1/leads?keyword=" + "k".repeat(5000))
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .exchange()
                .expectStatus()
                .isEqualTo(414)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("URI_TOO_LONG")
                .jsonPath("$.status")
                .isEqualTo(414);

        assertThat(LEAD.received()).hasSize((int) before);
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedWith413ProblemAndNotForwarded() {
        long before = LEAD.received().size();
        byte[] json = ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        client.post()
                .uri("/api/v1/leads")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("PAYLOAD_TOO_LARGE");

        assertThat(LEAD.received()).hasSize((int) before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413ProblemBeforeItIsReadWhole() throws Exception {
        long twentyMb = 20L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                            + TOKENS.withTenant(ISSUER, "acme")
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = Thread.ofVirtual().start(() -> sendChunks(out, twentyMb, sent));

            String answer = readAnswer(socket.getInputStream());
            socket.close();
            writer.join(10_000);

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
            assertThat(answer).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
        assertThat(sent.get()).as("bytes sent before the gateway closed").isLessThan(twentyMb);
    }

    private static void sendChunks(OutputStream out, long total, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        try {
            while (sent.get() < total) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                sent.addAndGet(chunk.length);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException gatewayClosed) {
            // Expected: the gateway answered and closed the connection before the body was complete.
        }
    }

    /** The head and body of one answer (by its Content-Length, else up to the end of the stream). */
    private static String readAnswer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        int length = -1;
        int headEnd = -1;
        try {
            for (int b; (b = in.read()) >= 0; ) {
                all.write(b);
                String text = all.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && text.endsWith("\r\n\r\n")) {
                    headEnd = text.length();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                            .matcher(text);
                    length = m.find() ? Integer.parseInt(m.group(1)) : -1;
                }
                if (headEnd >= 0 && length >= 0 && all.size() - headEnd >= length) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // The gateway reset the connection after its answer: keep what came.
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tokenWithoutTenantIsRefusedWith403TenantMissing() {
        long before = LEAD.received().size();

        client.get()
                .uri("/api/v1/leads")
                .headers(h -> h.setBearerAuth(TOKENS.withoutTenant(ISSUER)))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("TENANT_MISSING")
                .jsonPath("$.type")
                .isEqualTo("urn:problem:crm:tenant-missing")
                .jsonPath("$.status")
                .isEqualTo(403)
                .jsonPath("$.traceId")
                .isNotEmpty();

        assertThat(LEAD.received()).hasSize((int) before);
    }

    @Test
    void expiredOrForeignTokensAreRefusedWith401() {
        for (String token : new String[] {
            TOKENS.expired(ISSUER),
            TOKENS.signedByStranger(ISSUER),
            TOKENS.withTenant("http://elsewhere/realms/crm", "acme")
        }) {
            client.get()
                    .uri("/api/v1/leads")
                    .headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void tokenThatCannotBeCheckedWhileKeycloakIsDownAnswers503() {
        KEYCLOAK.down(true);
        try {
            client.get()
                    .uri("/api/v1/leads")
                    .headers(h -> h.setBearerAuth(TOKENS.signedWithNewKeyId(ISSUER)))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("SERVICE_UNAVAILABLE")
                    .jsonPath("$.detail")
                    .value(detail -> assertThat((String) detail).contains("identity provider"));
        } finally {
            KEYCLOAK.down(false);
        }
    }

    @Test
    void publicFormsNeedNoTokenAndAreRateLimitedPerClient() {
        // application-test.yml: a bucket of 3 that refills once an hour.
        for (int remaining = 2; remaining >= 0; remaining--) {
            client.post()
                    .uri("/api/v1/public/forms/spring-fair")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"email\":\"a@example.com\"}")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals(InMemoryRateLimiter.REMAINING_HEADER, String.valueOf(remaining))
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo("campaign-service");
        }

        client.post()
                .uri("/api/v1/public/forms/spring-fair")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"a@example.com\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("RATE_LIMITED")
                .jsonPath("$.type")
                .isEqualTo("urn:problem:crm:rate-limited")
                .jsonPath("$.status")
                .isEqualTo(429)
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/public/forms/spring-fair")
                .jsonPath("$.traceId")
                .isNotEmpty();

        assertThat(CAMPAIGN.receivedOn("/api/v1/public/forms/spring-fair")).isEqualTo(3);
    }

    @Test
    void pagesKeepTheirReferrerToTheirOwnOriginSoABrowsersFormPostCarriesARealOrigin() {
        // With no-referrer, Chromium sends "Origin: null" with the public form's POST and CORS refuses it (403).
        client.get()
                .uri("/api/v1/leads")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("Referrer-Policy", "same-origin");
        client.post()
                .uri("/api/v1/leads")
                .header(HttpHeaders.ORIGIN, "null")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void promotionPagesNeedNoTokenAndAreRateLimitedInTheirOwnBuckets() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            client.get()
                    .uri("/p/Zm9vYmFy")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .valueEquals(InMemoryRateLimiter.REMAINING_HEADER, String.valueOf(remaining))
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo("campaign-service");
        }

        client.get().uri("/p/Zm9vYmFy").exchange().expectStatus().isEqualTo(429);
        assertThat(CAMPAIGN.receivedOn("/p/Zm9vYmFy")).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/opportunities/7", "/api/v1/contracts", "/api/v1/contracts/5/approve", "/api/v1/pipeline-stages"
    })
    void serviceThatIsDownAnswers503ProblemNamingIt(String path, CapturedOutput output) {
        client.get()
                .uri(path)
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .header("traceparent", CLIENT_TRACEPARENT)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.type")
                .isEqualTo("urn:problem:crm:service-unavailable")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("deal-service"))
                .jsonPath("$.instance")
                .isEqualTo(path)
                .jsonPath("$.traceId")
                .isEqualTo(CLIENT_TRACE_ID);

        // The gateway's log line for this request names its trace (context propagation is "limited": no MDC).
        assertThat(output.getOut())
                .contains("deal-service unavailable for GET " + path + " [trace " + CLIENT_TRACE_ID + "]");
    }

    @Test
    void serviceTooSlowAnswers503AfterTheBackendTimeout() {
        long start = System.nanoTime();

        client.get()
                .uri("/api/v1/leads/slow")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("lead-service"));

        // application-test.yml: crm.gateway.backend-timeout = 1s; the stub takes 3 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_800));
    }

    /**
     * Spring Cloud CircuitBreaker's default bulkhead lets 25 calls wait on a service; beyond that each call was
     * refused, counted as a failure and opened the breaker. 64 clients at once must all get through.
     */
    @Test
    void sixtyFourConcurrentCallsToOneServiceAllGetThrough() {
        String token = TOKENS.withTenant(ISSUER, "acme");
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/customers/busy"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 64)
                .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();

        List<Integer> statuses =
                calls.stream().map(call -> call.join().statusCode()).toList();
        assertThat(statuses).hasSize(64).containsOnly(200);
    }

    @Test
    void anImportMayTakeLongerThanTheBackendTimeout() {
        client.post()
                .uri("/api/v1/leads/import")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("name,phone,source\nZhang San,13800000000,WEBSITE\n")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("lead-service");
    }

    @Test
    void problemAnsweredByAServicePassesThroughUnchanged() {
        String token = TOKENS.withTenant(ISSUER, "acme");

        byte[] notFound = client.get()
                .uri("/api/v1/leads/missing")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult()
                .getResponseBody();
        assertThat(new String(notFound, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(StubBackend.NOT_FOUND_PROBLEM);

        byte[] serverError = client.get()
                .uri("/api/v1/leads/boom")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isEqualTo(500)
                .expectBody()
                .returnResult()
                .getResponseBody();
        assertThat(new String(serverError, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(StubBackend.SERVER_ERROR_PROBLEM);
    }

    @Test
    void corsPreflightIsAnsweredWithoutToken() {
        client.options()
                .uri("/api/v1/leads")
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,if-match,traceparent")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("PATCH"))
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase())
                                .contains("authorization", "content-type", "if-match", "traceparent"));

        client.options()
                .uri("/api/v1/leads")
                .header(HttpHeaders.ORIGIN, "http://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void corsResponseExposesLocationAndTraceparent() {
        client.get()
                .uri("/api/v1/campaigns")
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:3000")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:3000")
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("Location", "traceparent"));
    }

    @Test
    void unknownApiPathIsA404Problem() {
        client.method(HttpMethod.GET)
                .uri("/api/v1/nothing-here")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("NOT_FOUND")
                .jsonPath("$.instance")
                .isEqualTo("/api/v1/nothing-here");
    }

    @Test
    void everythingOutsideTheOpenPathsAndTheApiIsDenied() {
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();

        client.get()
                .uri("/actuator/env")
                .headers(h -> h.setBearerAuth(TOKENS.withTenant(ISSUER, "acme")))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("ACCESS_DENIED");
    }

    @Test
    void theApiPortKeepsTheProbesAndMetricsAnswerOnlyOnTheManagementPort() {
        client.get()
                .uri("/readyz")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        client.get()
                .uri("/livez")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        WebTestClient management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();
        management
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        management
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes"));
    }

    @Test
    void swaggerUiListsEveryServiceAndTheirDocumentsAreRouted() {
        client.get()
                .uri("/v3/api-docs/billing")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("billing-service")
                .jsonPath("$.path")
                .isEqualTo("/v3/api-docs");

        client.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].url")
                .value(urls -> assertThat((List<Object>) urls)
                        .containsExactlyInAnyOrder(
                                "/v3/api-docs/lead",
                                "/v3/api-docs/customer",
                                "/v3/api-docs/deal",
                                "/v3/api-docs/campaign",
                                "/v3/api-docs/billing"));

        client.get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }
}
