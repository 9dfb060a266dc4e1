package com.crmplatform.campaignservice.stats.persistence;

import com.crmplatform.campaignservice.stats.domain.StatsProjectionRepository;
import com.crmplatform.contracts.billing.PaymentChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.lead.LeadConverted;
import com.crmplatform.contracts.lead.LeadCreated;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The projection's upserts. Opportunities and contracts keep the highest {@code version} (an older event arriving
 * late changes nothing); payments keep their furthest status, since billing only moves them forward (RECORDED →
 * CONFIRMED → REVERSED) and their amount never changes; leads and customers keep their earliest time.
 */
@Repository
class JdbcStatsProjectionRepository implements StatsProjectionRepository {

    private final JdbcClient jdbc;

    JdbcStatsProjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void leadCreated(String tenant, LeadCreated lead) {
        jdbc.sql("""
                INSERT INTO campaign_stats_lead AS t (lead_id, tenant, campaign_id, created_at)
                VALUES (:leadId, :tenant, :campaignId, :createdAt)
                ON CONFLICT (lead_id) DO UPDATE SET created_at = LEAST(t.created_at, EXCLUDED.created_at)
                """)
                .param("leadId", lead.leadId())
                .param("tenant", tenant)
                .param("campaignId", lead.campaignId())
                .param("createdAt", Timestamp.from(lead.createdAt()))
                .update();
    }

    @Override
    public void leadConverted(String tenant, LeadConverted conversion) {
        // A lead that joined the campaign after capture (edited) is counted from its conversion.
        jdbc.sql("""
                INSERT INTO campaign_stats_lead AS t (lead_id, tenant, campaign_id, created_at, customer_id, converted_at)
                VALUES (:leadId, :tenant, :campaignId, :at, :customerId, :at)
                ON CONFLICT (lead_id) DO UPDATE SET customer_id = EXCLUDED.customer_id, converted_at = EXCLUDED.converted_at
                """)
                .param("leadId", conversion.leadId())
                .param("tenant", tenant)
                .param("campaignId", conversion.campaignId())
                .param("customerId", conversion.customerId())
                .param("at", Timestamp.from(conversion.convertedAt()))
                .update();
        upsertCustomer(
                tenant,
                conversion.customerId(),
                conversion.campaignId(),
                Timestamp.from(conversion.convertedAt()),
                conversion.leadId(),
                false);
    }

    @Override
    public void customerCreated(String tenant, CustomerCreated customer) {
        upsertCustomer(
                tenant,
                customer.customerId(),
                customer.sourceCampaignId(),
                Timestamp.from(customer.createdAt()),
                customer.sourceLeadId(),
                true);
    }

    /** The customer's own event (from_customer) names its campaign; a lead's conversion only fills in. */
    private void upsertCustomer(
            String tenant, Object customerId, Object campaignId, Timestamp at, Object leadId, boolean fromCustomer) {
        jdbc.sql("""
                INSERT INTO campaign_stats_customer AS t (customer_id, tenant, campaign_id, created_at, lead_id, from_customer)
                VALUES (:customerId, :tenant, :campaignId, :at, :leadId, :fromCustomer)
                ON CONFLICT (customer_id) DO UPDATE SET
                    campaign_id = CASE WHEN t.from_customer AND NOT EXCLUDED.from_customer
                                       THEN t.campaign_id ELSE EXCLUDED.campaign_id END,
                    created_at = LEAST(t.created_at, EXCLUDED.created_at),
                    lead_id = COALESCE(t.lead_id, EXCLUDED.lead_id),
                    from_customer = t.from_customer OR EXCLUDED.from_customer
                """)
                .param("customerId", customerId)
                .param("tenant", tenant)
                .param("campaignId", campaignId)
                .param("at", at)
                .param("leadId", leadId)
                .param("fromCustomer", fromCustomer)
                .update();
    }

    @Override
    public void opportunityChanged(String tenant, OpportunityChanged o) {
        Timestamp at = Timestamp.from(o.changedAt());
        jdbc.sql("""
                INSERT INTO campaign_stats_opportunity AS t (opportunity_id, tenant, campaign_id, customer_id, status,
                    amount, currency, created_at, won_at, changed_at, version)
                VALUES (:id, :tenant, :campaignId, :customerId, :status, :amount, :currency, :at,
                    CASE WHEN :status = 'WON' THEN CAST(:at AS TIMESTAMPTZ) END, :at, :version)
                ON CONFLICT (opportunity_id) DO UPDATE SET
                    campaign_id = EXCLUDED.campaign_id, customer_id = EXCLUDED.customer_id, status = EXCLUDED.status,
                    amount = EXCLUDED.amount, currency = EXCLUDED.currency,
                    won_at = CASE WHEN EXCLUDED.status <> 'WON' THEN NULL
                                  WHEN t.status = 'WON' THEN LEAST(t.won_at, EXCLUDED.won_at)
                                  ELSE EXCLUDED.won_at END,
                    changed_at = EXCLUDED.changed_at, version = EXCLUDED.version
                WHERE EXCLUDED.version > t.version
                """)
                .param("id", o.opportunityId())
                .param("tenant", tenant)
                .param("campaignId", o.sourceCampaignId())
                .param("customerId", o.customerId())
                .param("status", o.status())
                .param("amount", o.amount())
                .param("currency", o.currency())
                .param("at", at)
                .param("version", o.version())
                .update();
        earliest("campaign_stats_opportunity", "opportunity_id", "created_at", o.opportunityId(), at);
    }

    @Override
    public void contractChanged(String tenant, ContractChanged c) {
        Timestamp at = Timestamp.from(c.changedAt());
        jdbc.sql("""
                INSERT INTO campaign_stats_contract AS t (contract_id, tenant, campaign_id, customer_id, status, amount,
                    approved_amount, currency, signed_at, changed_at, version)
                VALUES (:id, :tenant, :campaignId, :customerId, :status, :amount, :approvedAmount, :currency,
                    :signedAt, :at, :version)
                ON CONFLICT (contract_id) DO UPDATE SET
                    campaign_id = EXCLUDED.campaign_id, customer_id = EXCLUDED.customer_id, status = EXCLUDED.status,
                    amount = EXCLUDED.amount, approved_amount = EXCLUDED.approved_amount,
                    currency = EXCLUDED.currency, signed_at = EXCLUDED.signed_at,
                    changed_at = EXCLUDED.changed_at, version = EXCLUDED.version
                WHERE EXCLUDED.version > t.version
                """)
                .param("id", c.contractId())
                .param("tenant", tenant)
                .param("campaignId", c.sourceCampaignId())
                .param("customerId", c.customerId())
                .param("status", c.status())
                .param("amount", c.amount())
                .param("approvedAmount", c.approvedAmount())
                .param("currency", c.currency())
                .param("signedAt", c.signedAt())
                .param("at", at)
                .param("version", c.version())
                .update();
        if (c.approvedAmount() != null) {
            // Approved at the earliest change that carried an approved amount, whatever order they arrived in.
            earliest("campaign_stats_contract", "contract_id", "approved_at", c.contractId(), at);
        }
    }

    @Override
    public void paymentChanged(String tenant, PaymentChanged p) {
        jdbc.sql("""
                INSERT INTO campaign_stats_payment AS t (payment_id, tenant, campaign_id, contract_id, customer_id,
                    amount, currency, status, received_at, changed_at)
                VALUES (:id, :tenant, :campaignId, :contractId, :customerId, :amount, :currency, :status,
                    :receivedAt, :at)
                ON CONFLICT (payment_id) DO UPDATE SET
                    campaign_id = COALESCE(EXCLUDED.campaign_id, t.campaign_id),
                    status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
                WHERE array_position(ARRAY['RECORDED', 'CONFIRMED', 'REVERSED'], EXCLUDED.status::text)
                    > array_position(ARRAY['RECORDED', 'CONFIRMED', 'REVERSED'], t.status::text)
                """)
                .param("id", p.paymentId())
                .param("tenant", tenant)
                .param("campaignId", p.sourceCampaignId())
                .param("contractId", p.contractId())
                .param("customerId", p.customerId())
                .param("amount", p.amount())
                .param("currency", p.currency())
                .param("status", p.status())
                .param("receivedAt", p.receivedAt())
                .param("at", Timestamp.from(p.changedAt()))
                .update();
    }

    /** Moves a time column back to {@code at} when that is earlier (or it is still empty). */
    private void earliest(String table, String idColumn, String column, Object id, Timestamp at) {
        jdbc.sql("UPDATE " + table + " SET " + column + " = LEAST(COALESCE(" + column + ", :at), :at) WHERE " + idColumn
                        + " = :id")
                .param("at", at)
                .param("id", id)
                .update();
    }
}
