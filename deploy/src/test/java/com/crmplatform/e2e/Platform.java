package com.crmplatform.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real platform, started by the launcher exactly as a developer starts it ({@code deploy/crm up}), on its own
 * ports, run directory and databases so it never touches a platform already running on this machine.
 *
 * <p>With {@code CRM_E2E_EXTERNAL=1} the suites run against the platform already started by {@code deploy/crm up}
 * on its default ports, run directory and databases instead (a quick loop while writing a suite); nothing is started
 * or stopped then.
 */
final class Platform {

    static final boolean EXTERNAL = "1".equals(System.getenv("CRM_E2E_EXTERNAL"));
    static final Path ROOT = Path.of(System.getenv().getOrDefault("CRM_REPO_ROOT", ".."))
            .toAbsolutePath()
            .normalize();
    static final Path RUN_DIR = EXTERNAL ? ROOT.resolve("deploy/run") : ROOT.resolve("deploy/target/e2e-run");
    static final String DB_PREFIX =
            EXTERNAL ? "crm_" : "crm_e2e_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    static final int GATEWAY_PORT = EXTERNAL ? 8080 : 18080;
    static final int KEYCLOAK_PORT = EXTERNAL ? 8180 : 18180;
    static final List<String> SERVICES = List.of("lead", "customer", "deal", "campaign", "billing");

    private Platform() {}

    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        // campaign-service logs each attributed lead at DEBUG only; the trace test reads that line.
        env.put("LOGGING_LEVEL_COM_CRMPLATFORM_CAMPAIGNSERVICE_ATTRIBUTION", "DEBUG");
        env.put("LEAD_SERVICE_PORT", "18081");
        env.put("CUSTOMER_SERVICE_PORT", "18082");
        env.put("DEAL_SERVICE_PORT", "18083");
        env.put("CAMPAIGN_SERVICE_PORT", "18084");
        env.put("BILLING_SERVICE_PORT", "18085");
        env.put("KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
        env.put("KEYCLOAK_MANAGEMENT_PORT", "19000");
        env.put("KAFKA_PORT", "19092");
        env.put("KAFKA_CONTROLLER_PORT", "19093");
        env.put("GATEWAY_MANAGEMENT_PORT", "19080");
        env.put("LEAD_SERVICE_MANAGEMENT_PORT", "19081");
        env.put("CUSTOMER_SERVICE_MANAGEMENT_PORT", "19082");
        env.put("DEAL_SERVICE_MANAGEMENT_PORT", "19083");
        env.put("CAMPAIGN_SERVICE_MANAGEMENT_PORT", "19084");
        env.put("BILLING_SERVICE_MANAGEMENT_PORT", "19085");
        env.put("CRM_RUN_DIR", RUN_DIR.toString());
        env.put("CRM_DB_PREFIX", DB_PREFIX);
        env.put("CRM_SKIP_BUILD", "1"); // the reactor has just built the jars
        env.put("CRM_AOT_CACHE", "0"); // a throwaway run dir: training AOT caches would only cost CPU
        env.put("CRM_HEALTH_TIMEOUT", "420"); // six JVMs starting at once on two cores take about 100 s
        return env;
    }

    static void up() throws IOException, InterruptedException {
        if (EXTERNAL) {
            return;
        }
        int exit = launcher("up", 900);
        if (exit != 0) {
            throw new IllegalStateException("deploy/crm up failed (exit " + exit + "); launcher output:\n" + tail());
        }
    }

    static void down() throws IOException, InterruptedException {
        if (EXTERNAL) {
            return;
        }
        launcher("down", 180);
        dropDatabases();
    }

    static String gateway() {
        return "http://127.0.0.1:" + GATEWAY_PORT;
    }

    static String tokenEndpoint() {
        return "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/crm/protocol/openid-connect/token";
    }

    /** A connection to one service's database ({@code lead}, {@code customer}, …) of the platform under test. */
    static Connection database(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DB_PREFIX + service, "postgres", "");
    }

    private static int launcher(String command, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(RUN_DIR);
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("deploy/crm").toString(), command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launcherLog().toFile()));
        builder.environment().putAll(environment());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("deploy/crm " + command + " did not finish in " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }

    private static Path launcherLog() {
        return ROOT.resolve("deploy/target/e2e-launcher.log");
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(launcherLog());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void dropDatabases() {
        String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String service : SERVICES) {
                statement.execute("DROP DATABASE IF EXISTS " + DB_PREFIX + service + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the end-to-end databases " + DB_PREFIX + "*: " + e.getMessage());
        }
    }
}
