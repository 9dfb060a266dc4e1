package com.crmplatform.dealservice;

import com.crmplatform.platform.test.ServiceConventionsChecks;
import org.springframework.context.annotation.Import;

@Import(DealServiceIT.TestDirectory.class)
class ServiceConventionsIT extends ServiceConventionsChecks {

    @Override
    protected String apiPath() {
        return "/api/v1/opportunities";
    }
}
