package com.crmplatform.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test run, on the real local server (127.0.0.1:5432, or
 * {@code CRM_TEST_DB_HOST}/{@code CRM_TEST_DB_PORT}), dropped when the JVM exits. Where no server is reachable
 * but a Docker engine runs, Testcontainers provides one. Otherwise the run fails with a message saying how to
 * start one: integration tests never mock the database and never skip silently.
 */
public final class TestDatabase {

    private static final String HOST = env("CRM_TEST_DB_HOST", env("CRM_DB_HOST", "127.0.0.1"));
    private static final String PORT = env("CRM_TEST_DB_PORT", env("CRM_DB_PORT", "5432"));
    private static final String USER = env("CRM_DB_USER", "postgres");
    private static final String PASSWORD = env("CRM_DB_PASSWORD", "");

    private static volatile String url;
    private static volatile String user = USER;
    private static volatile String password = PASSWORD;

    private TestDatabase() {}

    /** The JDBC URL of this run's database, created on first use. */
    public static synchronized String url(String service) {
        if (url == null && !localServerReachable() && DockerPostgres.dockerAvailable()) {
            DockerPostgres container = DockerPostgres.start();
            url = container.url();
            user = container.username();
            password = container.password();
        }
        if (url == null) {
            String name = ("it_" + service + "_" + UUID.randomUUID().toString().substring(0, 8)).replace('-', '_');
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
            url = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
        }
        return url;
    }

    public static String username() {
        return user;
    }

    public static String password() {
        return password;
    }

    private static boolean localServerReachable() {
        try (Connection ignored =
                DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String sql) {
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Integration tests need the local PostgreSQL at " + HOST + ":" + PORT
                            + " (trust auth, user " + USER + "). Start it with "
                            + "'pg_ctlcluster --skip-systemctl-redirect 15 main start', or point "
                            + "CRM_TEST_DB_HOST/CRM_TEST_DB_PORT at one. Cause: " + e.getMessage(),
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
