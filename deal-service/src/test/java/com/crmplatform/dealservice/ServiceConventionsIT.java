package com.crmplatform.dealservice;

import com.crmplatform.platform.test.ServiceConventionsChecks;

class ServiceConventionsIT extends ServiceConventionsChecks {

    @Override
    protected String apiPath() {
        return "/api/v1/opportunities";
    }
}
