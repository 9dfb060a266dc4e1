package com.crmplatform.contracts.customer;

import java.util.UUID;

/**
 * customer-service's answer to a conversion.
 *
 * @param customerId the customer created for the lead (or created by an earlier call for the same lead)
 * @param contactId its first contact
 * @param created false when an earlier call had already converted this lead
 */
public record CustomerFromLeadResponse(UUID customerId, UUID contactId, boolean created) {}
