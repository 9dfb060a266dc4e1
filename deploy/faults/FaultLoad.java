// Load generator of deploy/faults/run.sh: three streams through the gateway, each request's outcome written to a log.
// A JDK 25 single-file program without dependencies: java deploy/faults/FaultLoad.java
//
//   lead     POST /api/v1/leads as acme-marketing, a new phone each (the lead goes to the pool)
//   submit   POST /api/v1/public/campaigns/{token}/submissions without a token, a new phone each
//   convlead POST /api/v1/leads as acme-sales1 with the campaign's id (the lead is theirs), then
//   convert  POST /api/v1/leads/{id}/convert, retried on 503 / 5xx / lost answers until 2xx or a 4xx
//            (conversion is idempotent on the lead: a retry after a lost answer gives the same customer)
//
// Settings (environment): FAULTS_GATEWAY, FAULTS_TOKEN_URL, FAULTS_CAMPAIGN_ID, FAULTS_LINK_TOKEN, FAULTS_OUT (log),
// FAULTS_STOP_FILE (the streams stop when it exists), FAULTS_RUN (3 digits, unique phones per run),
// FAULTS_RATE_LEADS / _SUBMISSIONS / _CONVERSIONS (per second, per stream), FAULTS_WORKERS (per stream).
//
// Log: one tab-separated line per request: stream, phone, lead id (convert only), attempt, status, code, id, time.
// status: the HTTP status; 0 = connection refused (never reached the gateway), -1 = timed out, -2 = another I/O error
// after the request may have been sent (answer lost). code: the problem's "code" (or reason for 503/409), id: the id
// the answer named (lead id, customer id).
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

void main() throws Exception {
    new FaultLoad().run();
}

static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
}

static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
        throw new IllegalStateException(name + " is not set");
    }
    return value;
}

record Outcome(int status, String code, String id, String body) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Worth another attempt: the service or the gateway was away, or the answer was lost. */
    boolean retryable() {
        return status <= 0 || status >= 500 || status == 429 || "STALE_VERSION".equals(code);
    }
}

static final class FaultLoad {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern CUSTOMER_ID = Pattern.compile("\"customerId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final String gateway = required("FAULTS_GATEWAY");
    final String tokenUrl = required("FAULTS_TOKEN_URL");
    final String campaignId = required("FAULTS_CAMPAIGN_ID");
    final String linkToken = required("FAULTS_LINK_TOKEN");
    final Path stopFile = Path.of(required("FAULTS_STOP_FILE"));
    final String run = env("FAULTS_RUN", "000");
    final int workers = Integer.parseInt(env("FAULTS_WORKERS", "4"));
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    final AtomicReference<String> marketingToken = new AtomicReference<>();
    final AtomicReference<String> salesToken = new AtomicReference<>();
    final AtomicLong leadCounter = new AtomicLong();
    final AtomicLong submitCounter = new AtomicLong();
    final AtomicLong convCounter = new AtomicLong();
    final AtomicLong lines = new AtomicLong();
    final BufferedWriter out;
    volatile boolean stopping;

    FaultLoad() throws IOException {
        out = Files.newBufferedWriter(Path.of(required("FAULTS_OUT")), StandardCharsets.UTF_8);
    }

    void run() throws Exception {
        marketingToken.set(fetchToken("acme-marketing"));
        salesToken.set(fetchToken("acme-sales1"));
        List<Thread> threads = new ArrayList<>();
        double leadRate = Double.parseDouble(env("FAULTS_RATE_LEADS", "25"));
        double submitRate = Double.parseDouble(env("FAULTS_RATE_SUBMISSIONS", "25"));
        double convRate = Double.parseDouble(env("FAULTS_RATE_CONVERSIONS", "6"));
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofVirtual().name("lead-" + w).start(() -> paced(leadRate / workers, this::createLead)));
            threads.add(Thread.ofVirtual().name("submit-" + w).start(() -> paced(submitRate / workers, this::submit)));
            threads.add(Thread.ofVirtual().name("conv-" + w).start(() -> paced(convRate / workers, this::convert)));
        }
        Thread refresher = Thread.ofVirtual().name("tokens").start(this::refreshTokens);
        Thread flusher = Thread.ofVirtual().name("flush").start(this::flushAndWatch);
        for (Thread thread : threads) {
            thread.join();
        }
        refresher.interrupt();
        flusher.interrupt();
        flusher.join();
        synchronized (out) {
            out.flush();
            out.close();
        }
        System.out.printf("load: %d requests recorded%n", lines.get());
    }

    /** Runs one operation at most {@code rate} times a second until the stop file appears. */
    void paced(double rate, Runnable operation) {
        long intervalNanos = rate > 0 ? (long) (1e9 / rate) : 0;
        long next = System.nanoTime();
        while (!stopping) {
            operation.run();
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(TimeUnit.NANOSECONDS.toMillis(wait));
            } else if (wait < -5_000_000_000L) {
                next = System.nanoTime(); // far behind after an outage: do not burst to catch up
            }
        }
    }

    void flushAndWatch() {
        while (true) {
            if (Files.exists(stopFile)) {
                stopping = true;
            }
            synchronized (out) {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!sleep(500)) {
                return;
            }
        }
    }

    /** Access tokens live 30 minutes: fetch new ones every 10; keep the old ones while Keycloak is away. */
    void refreshTokens() {
        while (sleep(600_000)) {
            try {
                marketingToken.set(fetchToken("acme-marketing"));
                salesToken.set(fetchToken("acme-sales1"));
            } catch (Exception e) {
                System.err.println("load: token refresh failed (" + e + "); keeping the current tokens");
            }
        }
    }

    String fetchToken(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=crm-cli&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IOException("no token for " + user + ": " + response.statusCode());
        }
        return m.group(1);
    }

    void createLead() {
        String phone = "13" + run + String.format("%06d", leadCounter.incrementAndGet());
        String body = """
                {"name":"Fault %s","company":"Fault Lead %s","phone":"%s","source":"TRADE_SHOW"}"""
                .formatted(phone, phone, phone);
        Outcome o = post("/api/v1/leads", marketingToken.get(), body);
        record("lead", phone, "-", 1, o, ID);
    }

    void submit() {
        String phone = "15" + run + String.format("%06d", submitCounter.incrementAndGet());
        String body = """
                {"answers":{"name":"Visitor %s","phone":"%s","company":"Fault Visitor %s"}}"""
                .formatted(phone, phone, phone);
        Outcome o = post("/api/v1/public/campaigns/" + linkToken + "/submissions", null, body);
        record("submit", phone, "-", 1, o, null);
    }

    void convert() {
        String phone = "17" + run + String.format("%06d", convCounter.incrementAndGet());
        String body = """
                {"name":"Convert %s","company":"Fault Customer %s","phone":"%s","source":"WEBINAR","campaignId":"%s"}"""
                .formatted(phone, phone, phone, campaignId);
        Outcome created = post("/api/v1/leads", salesToken.get(), body);
        String leadId = record("convlead", phone, "-", 1, created, ID);
        if (!created.ok() || leadId == null) {
            return;
        }
        // Until 2xx or a refusal; a lost answer or a 503 is retried, also a little after the load stops.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (int attempt = 1; ; attempt++) {
            Outcome o = post("/api/v1/leads/" + leadId + "/convert", salesToken.get(), "{}");
            record("convert", phone, leadId, attempt, o, CUSTOMER_ID);
            if (!o.retryable() || System.nanoTime() > deadline) {
                return;
            }
            sleep(o.status() == 0 ? 1000 : 2000);
        }
    }

    Outcome post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            String code = "-";
            if (response.statusCode() >= 400) {
                Matcher reason = REASON.matcher(text);
                Matcher c = CODE.matcher(text);
                code = reason.find() ? reason.group(1) : c.find() ? c.group(1) : "-";
            }
            return new Outcome(response.statusCode(), code, null, text);
        } catch (ConnectException e) {
            sleep(200); // the gateway is down: do not spin
            return new Outcome(0, "CONNECT_REFUSED", null, "");
        } catch (HttpTimeoutException e) {
            return new Outcome(-1, "TIMEOUT", null, "");
        } catch (IOException e) {
            sleep(200);
            return new Outcome(-2, "IO_" + e.getClass().getSimpleName(), null, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-2, "INTERRUPTED", null, "");
        }
    }

    /** Writes one line; returns the id the answer named, if any. */
    String record(String stream, String phone, String leadId, int attempt, Outcome o, Pattern idPattern) {
        String id = null;
        if (idPattern != null && (o.ok() || o.status() == 409)) {
            Matcher m = idPattern.matcher(o.body());
            if (m.find()) {
                id = m.group(1);
            }
        }
        String line = String.join("\t", stream, phone, leadId, String.valueOf(attempt), String.valueOf(o.status()),
                o.code(), id == null ? "-" : id, Instant.now().toString());
        synchronized (out) {
            try {
                out.write(line);
                out.newLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        lines.incrementAndGet();
        return id;
    }

    static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
