package com.crmplatform.billingservice;

import com.crmplatform.platform.test.ServiceConventionsChecks;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The platform's conventions; imports the shared test configuration so it shares the context of the other ITs. */
@TestPropertySource(properties = BillingTestConfiguration.TEST_PROPERTIES)
@Import(BillingTestConfiguration.class)
class ServiceConventionsIT extends ServiceConventionsChecks {

    @Override
    protected String apiPath() {
        return "/api/v1/payments";
    }
}
