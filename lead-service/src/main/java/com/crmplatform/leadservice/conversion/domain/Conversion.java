package com.crmplatform.leadservice.conversion.domain;

import com.crmplatform.leadservice.lead.domain.LeadStatus;
import java.util.UUID;

/** A converted lead and the customer (and first contact) it became. */
public record Conversion(UUID leadId, UUID customerId, UUID contactId, LeadStatus status) {}
