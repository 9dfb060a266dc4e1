package com.crmplatform.leadservice.conversion.client;

import com.crmplatform.contracts.customer.CustomerFromLeadRequest;
import com.crmplatform.contracts.customer.CustomerFromLeadResponse;
import com.crmplatform.leadservice.conversion.domain.Customers;
import org.springframework.stereotype.Component;

/** {@link Customers} through the Feign client. */
@Component
class FeignCustomers implements Customers {

    private final CustomerClient client;

    FeignCustomers(CustomerClient client) {
        this.client = client;
    }

    @Override
    public CustomerFromLeadResponse createFromLead(CustomerFromLeadRequest request) {
        return client.fromLead(request);
    }
}
