package com.crmplatform.campaignservice.stats.domain;

import com.crmplatform.contracts.billing.PaymentChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.lead.LeadConverted;
import com.crmplatform.contracts.lead.LeadCreated;

/**
 * Writes the stats projection. Every write is an upsert that keeps the newest state whatever order the events come
 * in, so applying an event again, or an older one late, changes nothing.
 */
public interface StatsProjectionRepository {

    void leadCreated(String tenant, LeadCreated lead);

    void leadConverted(String tenant, LeadConverted conversion);

    void customerCreated(String tenant, CustomerCreated customer);

    void opportunityChanged(String tenant, OpportunityChanged opportunity);

    void contractChanged(String tenant, ContractChanged contract);

    void paymentChanged(String tenant, PaymentChanged payment);
}
