package com.crmplatform.platform.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a container, for machines without a local server but with a Docker engine. */
record DockerPostgres(String url, String username, String password) {

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static DockerPostgres start() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new DockerPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
