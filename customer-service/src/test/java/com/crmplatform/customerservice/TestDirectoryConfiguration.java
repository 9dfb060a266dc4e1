package com.crmplatform.customerservice;

import com.crmplatform.platform.test.TestUserDirectory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the Keycloak-backed user directory in every integration test of this service (one shared context), and
 * names the test properties.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDirectoryConfiguration {

    /**
     * Properties every IT of this service runs with (same on every IT, so they share one context). The recycling job
     * does not run by itself during the tests: {@code RecyclingIT} runs it with the time it needs. The deal-status
     * feature logs at DEBUG so that {@code DealStatusIT} also runs the query behind its "why nothing changed" lines.
     */
    public static final String TEST_PROPERTIES = """
            crm.customer.pool.claim-limit=3
            crm.customer.recycling.initial-delay=1h
            logging.level.com.crmplatform.customerservice.dealstatus=DEBUG
            """;

    @Bean
    @Primary
    TestUserDirectory testUserDirectory() {
        return new TestUserDirectory();
    }
}
