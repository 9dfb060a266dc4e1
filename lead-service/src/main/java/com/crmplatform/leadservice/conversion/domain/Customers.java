package com.crmplatform.leadservice.conversion.domain;

import com.crmplatform.contracts.customer.CustomerFromLeadRequest;
import com.crmplatform.contracts.customer.CustomerFromLeadResponse;

/**
 * customer-service, as the conversion needs it. Creating a customer from a lead is idempotent on the lead id.
 * Failures propagate: the service down, slow or its circuit open becomes 503 {@code SERVICE_UNAVAILABLE}; a
 * refusal (4xx problem) keeps its code.
 */
public interface Customers {

    CustomerFromLeadResponse createFromLead(CustomerFromLeadRequest request);
}
