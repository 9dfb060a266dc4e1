package com.crmplatform.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * What every service must offer the platform, checked against the running application: readiness and liveness
 * probes on the API port, metrics only on a management port of its own, its OpenAPI document, the outbox tables migrated, and its API closed without a
 * token. A service's {@code ServiceConventionsIT} extends this class and names one of its API paths.
 */
public abstract class ServiceConventionsChecks extends PlatformIntegrationTest {

    @Autowired
    protected org.springframework.core.env.Environment environment;

    /** A path of this service's API, e.g. {@code /api/v1/customers}. */
    protected abstract String apiPath();

    /** The API port keeps the probes the launcher and load balancers call; the actuator is on the management port. */
    @Test
    void answersReadinessAndLivenessProbesOnTheApiPort() throws Exception {
        mvc.perform(get("/readyz"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/livez")).andExpect(status().isOk());
    }

    /** Metrics live on the management port (management.server.port), never on the API port. */
    @Test
    void keepsMetricsOffTheApiPort() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        assertThat(environment.getProperty("management.server.port", Integer.class))
                .as("management.server.port")
                .isNotNull()
                .isNotEqualTo(environment.getProperty("server.port", Integer.class));
    }

    @Test
    void publishesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/error']").doesNotExist());
    }

    @Test
    void migratedTheOutboxAndProcessedEventTables() {
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event")
                        .query(Long.class)
                        .single())
                .isNotNegative();
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event")
                        .query(Long.class)
                        .single())
                .isNotNegative();
    }

    @Test
    void refusesItsApiWithoutToken() throws Exception {
        mvc.perform(get(apiPath()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }
}
