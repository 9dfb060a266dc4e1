package com.crmplatform.campaignservice.stats.persistence;

/**
 * The attribution rule in SQL: a deal (opportunity, contract, payment) counts for a campaign when its event named the
 * campaign ({@code sourceCampaignId}, which deal-service and billing copy from the customer), or when it named none and
 * its customer is one the campaign brought. Parameters {@code :tenant} and {@code :campaign}; alias {@code d}.
 */
final class StatsSql {

    static final String ATTRIBUTED = """
            d.tenant = :tenant AND (d.campaign_id = :campaign OR (d.campaign_id IS NULL AND d.customer_id IN (
                SELECT customer_id FROM campaign_stats_customer WHERE tenant = :tenant AND campaign_id = :campaign)))
            """;

    /** A contract counts once approved (it has an approved amount) and while it is not terminated. */
    static final String CONTRACT_COUNTS = "d.approved_amount IS NOT NULL AND d.status <> 'TERMINATED'";

    /** A payment is collected when finance confirmed it and did not reverse it (billing's definition). */
    static final String PAYMENT_COLLECTED = "d.status = 'CONFIRMED'";

    private StatsSql() {}
}
