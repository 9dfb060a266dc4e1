package com.crmplatform.contracts.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead was converted into a customer (线索 → 客户) (type {@code com.crmplatform.lead.converted.v1}).
 *
 * @param leadId the lead, now CONVERTED
 * @param customerId the customer customer-service created for it
 * @param contactId the customer's first contact (the lead's person)
 * @param campaignId the lead's campaign, if any (for ROI)
 * @param source the lead's channel
 * @param ownerId the salesperson who owns the lead and the new customer
 * @param opportunityName the opportunity to open later, if the user named one
 * @param opportunityAmount its expected amount, if given
 * @param convertedBy the user who converted it
 * @param convertedAt when
 */
public record LeadConverted(
        UUID leadId,
        UUID customerId,
        UUID contactId,
        UUID campaignId,
        LeadSource source,
        String ownerId,
        String opportunityName,
        BigDecimal opportunityAmount,
        String convertedBy,
        Instant convertedAt) {}
