package com.crmplatform.customerservice;

import com.crmplatform.platform.test.ServiceConventionsChecks;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The platform's conventions; imports the stub directory so it shares the context of {@link CustomerServiceIT}s. */
@TestPropertySource(properties = TestDirectoryConfiguration.TEST_PROPERTIES)
@Import(TestDirectoryConfiguration.class)
class ServiceConventionsIT extends ServiceConventionsChecks {

    @Override
    protected String apiPath() {
        return "/api/v1/customers";
    }
}
