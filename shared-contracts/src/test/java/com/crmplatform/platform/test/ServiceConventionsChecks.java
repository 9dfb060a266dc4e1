package com.crmplatform.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service must offer the platform, checked against the running application: readiness and liveness
 * probes, Prometheus metrics, its OpenAPI document, the outbox tables migrated, and its API closed without a
 * token. A service's {@code ServiceConventionsIT} extends this class and names one of its API paths.
 */
public abstract class ServiceConventionsChecks extends PlatformIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    /** A path of this service's API, e.g. {@code /api/v1/customers}. */
    protected abstract String apiPath();

    @Test
    void answersReadinessAndLivenessProbes() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void publishesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
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
