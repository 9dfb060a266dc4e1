package com.crmplatform.billingservice;

import com.crmplatform.platform.test.TestUserDirectory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every integration test of this service shares (one context): the test user directory and the mutable clock,
 * and the test properties.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BillingTestConfiguration {

    /** The overdue job never runs by itself in the tests: {@code OverdueJobIT} runs it on the days it needs. */
    public static final String TEST_PROPERTIES = """
            crm.billing.overdue.cron=-
            """;

    @Bean
    @Primary
    TestUserDirectory testUserDirectory() {
        return new TestUserDirectory();
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
