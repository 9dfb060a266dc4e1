package com.crmplatform.campaignservice.stats.domain;

import com.crmplatform.contracts.billing.PaymentChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.lead.LeadConverted;
import com.crmplatform.contracts.lead.LeadCreated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the campaign funnel from the other services' events: leads and customers a campaign brought, and every
 * opportunity, contract and payment with the campaign its customer came from. Leads and customers without a campaign
 * are not kept; deals are all kept, so that one whose event carries no campaign still counts for its customer's.
 */
@Service
public class StatsProjection {

    private final StatsProjectionRepository projection;

    StatsProjection(StatsProjectionRepository projection) {
        this.projection = projection;
    }

    @Transactional
    public void leadCreated(String tenant, LeadCreated lead) {
        if (lead.campaignId() != null) {
            projection.leadCreated(tenant, lead);
        }
    }

    @Transactional
    public void leadConverted(String tenant, LeadConverted conversion) {
        if (conversion.campaignId() != null && conversion.customerId() != null) {
            projection.leadConverted(tenant, conversion);
        }
    }

    @Transactional
    public void customerCreated(String tenant, CustomerCreated customer) {
        if (customer.sourceCampaignId() != null) {
            projection.customerCreated(tenant, customer);
        }
    }

    @Transactional
    public void opportunityChanged(String tenant, OpportunityChanged opportunity) {
        projection.opportunityChanged(tenant, opportunity);
    }

    @Transactional
    public void contractChanged(String tenant, ContractChanged contract) {
        projection.contractChanged(tenant, contract);
    }

    @Transactional
    public void paymentChanged(String tenant, PaymentChanged payment) {
        projection.paymentChanged(tenant, payment);
    }
}
