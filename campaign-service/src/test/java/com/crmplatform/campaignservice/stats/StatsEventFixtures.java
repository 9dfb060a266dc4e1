package com.crmplatform.campaignservice.stats;

import com.crmplatform.contracts.billing.PaymentChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.lead.LeadConverted;
import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payloads as lead-, customer-, deal- and billing-service publish them (an Object Mother). */
final class StatsEventFixtures {

    private StatsEventFixtures() {}

    static LeadCreated leadCreated(UUID lead, UUID campaign, Instant at) {
        return new LeadCreated(lead, "Zhang San", "Acme", LeadSource.TRADE_SHOW, null, campaign, null, "marketing", at);
    }

    static LeadConverted leadConverted(UUID lead, UUID customer, UUID campaign, Instant at) {
        return new LeadConverted(
                lead, customer, UUID.randomUUID(), campaign, LeadSource.TRADE_SHOW, "sales1", null, null, "sales1", at);
    }

    static CustomerCreated customerCreated(UUID customer, UUID lead, UUID campaign, Instant at) {
        return new CustomerCreated(
                customer,
                "Acme " + customer,
                CustomerKind.ORGANIZATION,
                LeadSource.TRADE_SHOW,
                lead,
                campaign,
                "sales1",
                "sales1",
                at);
    }

    static OpportunityChanged opportunity(
            UUID id, UUID customer, UUID campaign, String status, int version, Instant at) {
        return new OpportunityChanged(
                id,
                customer,
                "Deal " + id,
                new BigDecimal("1000000.00"),
                "CNY",
                status.equals("OPEN") ? "PROPOSAL" : status,
                null,
                status.equals("WON") ? 100 : 50,
                status,
                status.equals("LOST") ? "PRICE" : null,
                "sales1",
                campaign,
                LocalDate.of(2026, 4, 1),
                "sales1",
                at,
                version,
                null);
    }

    static ContractChanged contract(
            UUID id,
            UUID customer,
            UUID campaign,
            String amount,
            String currency,
            String approvedAmount,
            String status,
            int version,
            Instant at) {
        return new ContractChanged(
                id,
                "HT-2026-" + id.toString().substring(0, 6),
                "Contract " + id,
                customer,
                null,
                new BigDecimal(amount),
                currency,
                approvedAmount == null ? null : new BigDecimal(approvedAmount),
                status,
                null,
                "sales1",
                campaign,
                LocalDate.of(2026, 3, 8),
                null,
                null,
                null,
                "admin",
                at,
                version,
                null);
    }

    static PaymentChanged payment(
            UUID id,
            UUID contract,
            UUID customer,
            UUID campaign,
            String amount,
            String currency,
            LocalDate receivedAt,
            String status,
            Instant at) {
        return new PaymentChanged(
                id,
                contract,
                customer,
                campaign,
                new BigDecimal(amount),
                currency,
                receivedAt,
                "BANK_TRANSFER",
                status,
                status.equals("REVERSED"),
                List.of(),
                status.equals("REVERSED") ? "bounced" : null,
                "finance",
                at);
    }
}
