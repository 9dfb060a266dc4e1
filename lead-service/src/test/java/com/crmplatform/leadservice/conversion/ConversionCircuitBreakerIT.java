package com.crmplatform.leadservice.conversion;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.CustomerServiceStub;
import com.crmplatform.leadservice.LeadServiceIT;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The circuit breaker around customer-service: after the configured number of failed conversions it opens, and the
 * next conversion is 503 at once, without calling customer-service, and changes nothing.
 */
class ConversionCircuitBreakerIT extends LeadServiceIT {

    static final CustomerServiceStub CUSTOMERS = CustomerServiceStub.get();

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    @AfterEach
    void closeEveryCircuit() {
        // One Spring context for all integration tests: start from a clean window and leave none open behind.
        CUSTOMERS.up();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void afterEnoughFailedConversionsTheCircuitOpensAndTheNextConversionFailsFastWithoutCallingOut() throws Exception {
        String tenant = newTenant();
        UUID failing = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13500000001"));
        UUID next = capture(tenant, "sales1", "crm-sales", lead("Li Si", "13500000002"));

        CUSTOMERS.down();
        convert(tenant, failing).andExpect(status().isServiceUnavailable());
        CircuitBreaker breaker = customerServiceBreaker();
        int failuresToOpen = breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls();
        assertThat(failuresToOpen).as("README: at least 10 calls in the window").isEqualTo(10);
        for (int failed = 1; failed < failuresToOpen; failed++) {
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            convert(tenant, failing)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // customer-service is back, but the circuit stays open for its wait duration: nobody calls it.
        CUSTOMERS.up();
        long started = System.nanoTime();
        convert(tenant, next)
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.reason").value("SERVICE_UNAVAILABLE"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1);
        assertThat(CUSTOMERS.requests(next)).isEmpty();
        assertThat(CUSTOMERS.requests(failing)).isEmpty();
        assertUnchanged(tenant, next);
        assertUnchanged(tenant, failing);
    }

    private CircuitBreaker customerServiceBreaker() {
        return breakers.getAllCircuitBreakers().stream()
                .filter(breaker -> breaker.getName().startsWith("CustomerClient"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No circuit breaker for CustomerClient in "
                        + breakers.getAllCircuitBreakers().stream()
                                .map(CircuitBreaker::getName)
                                .toList()));
    }

    private ResultActions convert(String tenant, UUID id) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/leads/" + id + "/convert")
                .with(user(tenant, "sales1", "crm-sales")));
    }

    private void assertUnchanged(String tenant, UUID id) {
        Map<String, Object> row = jdbc.sql("SELECT status, customer_id, version FROM lead WHERE tenant = ? AND id = ?")
                .params(tenant, id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("NEW");
        assertThat(row.get("customer_id")).isNull();
        assertThat(row.get("version")).isEqualTo(0);
        assertThat(events(id, LeadEvents.CONVERTED)).isEmpty();
    }
}
