package com.crmplatform.leadservice.conversion.web;

import com.crmplatform.leadservice.conversion.domain.Conversion;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import java.util.UUID;

/** The answer to a conversion: the lead and the customer (and first contact) it became. */
record ConversionResponse(UUID leadId, UUID customerId, UUID contactId, LeadStatus status) {

    static ConversionResponse from(Conversion conversion) {
        return new ConversionResponse(
                conversion.leadId(), conversion.customerId(), conversion.contactId(), conversion.status());
    }
}
