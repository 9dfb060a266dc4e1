package com.crmplatform.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.platform.test.RawHttp;
import com.crmplatform.platform.test.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service's ports as a client meets them, through a real Tomcat and raw sockets (an HTTP client would tidy the
 * odd paths up): metrics only on the management port, problem+json for every request the server refuses itself,
 * and bodies over the limit refused before they are read.
 */
@SpringBootTest(
        classes = PlatformSampleApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=platform-sample",
            "management.server.port=0",
            "crm.security.public-paths=/samples/open,/samples/upload",
            "crm.web.bulk-paths=/samples/upload"
        })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PlatformEdgeIT {

    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @DynamicPropertySource
    static void platformDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.url("platform"));
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void metricsAnswerOnlyOnTheManagementPort() {
        RawHttp.Response api = RawHttp.send(port, "GET", "/actuator/prometheus");
        assertThat(api.status()).isEqualTo(404);
        assertProblem(api, "NOT_FOUND");
        assertProblem(RawHttp.send(port, "GET", "/actuator/metrics"), "NOT_FOUND");

        RawHttp.Response metrics = RawHttp.send(managementPort, "GET", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(RawHttp.send(managementPort, "GET", "/actuator/metrics").status())
                .isEqualTo(200);
        assertThat(RawHttp.send(managementPort, "GET", "/actuator/health/readiness")
                        .body())
                .contains("UP");
    }

    @Test
    void theApiPortKeepsTheProbes() {
        assertThat(RawHttp.send(port, "GET", "/readyz").body()).contains("\"status\":\"UP\"");
        assertThat(RawHttp.send(port, "GET", "/livez").body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @CsvSource({
        "//actuator/env, 400, MALFORMED_REQUEST",
        "/actuator;/env, 400, MALFORMED_REQUEST",
        "/api/v1/public/%2e%2e/leads, 400, MALFORMED_REQUEST",
        "/actuator/health/..%2fenv, 400, MALFORMED_REQUEST",
        "/samples/%2F, 400, MALFORMED_REQUEST",
        "/error, 404, NOT_FOUND",
        "/nowhere, 401, UNAUTHENTICATED"
    })
    void everyRequestTheServerRefusesIsAProblem(String path, int status, String code) {
        RawHttp.Response response = RawHttp.send(port, "GET", path);

        assertThat(response.status()).as(path).isEqualTo(status);
        assertProblem(response, code);
    }

    @ParameterizedTest
    @CsvSource({"keyword=ab%ED%A0%80cd", "keyword=ab%ZZ", "keyword=%C3"})
    void aQueryStringThatIsNotWellFormedUtf8IsAProblemNotAServerError(String query) {
        RawHttp.Response response = RawHttp.send(port, "GET", "/samples/open?" + query);

        assertThat(response.status()).as(query).isEqualTo(400);
        assertProblem(response, "INVALID_PARAMETER");
        assertThat(RawHttp.send(port, "GET", "/samples/open?keyword=caf%C3%A9").body())
                .contains("café");
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsSent() {
        // Only the head goes out: the answer must come without the server waiting for (or reading) the body.
        RawHttp.Response response = RawHttp.send(
                port, "POST", "/samples/open", "Content-Type: application/json", "Content-Length: " + TWENTY_MB);

        assertThat(response.status()).isEqualTo(413);
        assertProblem(response, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() {
        AtomicLong sent = new AtomicLong();
        byte[] start = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);

        RawHttp.Response response =
                RawHttp.sendChunked(port, "/samples/open", "application/json", start, (byte) 'a', TWENTY_MB, sent);

        assertThat(response.status()).isEqualTo(413);
        assertProblem(response, "PAYLOAD_TOO_LARGE");
        assertThat(sent.get()).as("bytes sent before the server closed").isLessThan(TWENTY_MB);
    }

    @Test
    void aBulkPathTakesMoreThanTheDefaultLimit() {
        String boundary = "edge";
        String file = "name,phone\n" + "Zhang San,13800000000\n".repeat(100_000); // about 2.2 MB
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        byte[] body = multipart.getBytes(StandardCharsets.UTF_8);

        RawHttp.Response upload =
                RawHttp.sendBody(port, "/samples/upload", "multipart/form-data; boundary=" + boundary, body);
        RawHttp.Response json = RawHttp.sendBody(port, "/samples/open", "application/json", body);

        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.body()).contains("\"size\":" + file.length());
        assertThat(json.status()).isEqualTo(413);
    }

    private static void assertProblem(RawHttp.Response response, String code) {
        assertThat(response.header("Content-Type")).as(response.head()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }
}
