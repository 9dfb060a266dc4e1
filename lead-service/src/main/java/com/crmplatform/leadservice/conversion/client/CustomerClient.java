package com.crmplatform.leadservice.conversion.client;

import com.crmplatform.contracts.customer.CustomerFromLeadRequest;
import com.crmplatform.contracts.customer.CustomerFromLeadResponse;
import com.crmplatform.platform.feign.IdempotentFeignConfiguration;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * customer-service, as lead-service calls it: the caller's token relayed, timeouts, a circuit breaker and
 * problem+json decoding come from the platform. Creating a customer from a lead is idempotent on the lead id
 * (201 the first time, 200 with the same ids afterwards), so the call may be retried.
 */
@FeignClient(
        name = "customer-service",
        url = "${crm.lead.customer-service-url:${CUSTOMER_SERVICE_URL:http://127.0.0.1:8082}}",
        configuration = IdempotentFeignConfiguration.class)
public interface CustomerClient {

    @PostMapping("/api/v1/customers/from-lead")
    CustomerFromLeadResponse fromLead(@RequestBody CustomerFromLeadRequest request);
}
