package com.crmplatform.campaignservice.attribution.persistence;

import com.crmplatform.campaignservice.attribution.domain.AttributedLead;
import com.crmplatform.campaignservice.attribution.domain.LeadAttributionRepository;
import com.crmplatform.campaignservice.attribution.domain.LeadSourcesReport;
import com.crmplatform.campaignservice.attribution.domain.LeadSourcesReport.CampaignCount;
import com.crmplatform.campaignservice.attribution.domain.LeadSourcesReport.SourceCount;
import com.crmplatform.contracts.lead.LeadSource;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLeadAttributionRepository implements LeadAttributionRepository {

    private final JdbcClient jdbc;

    JdbcLeadAttributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AttributedLead lead) {
        jdbc.sql("""
                INSERT INTO lead_attribution (lead_id, tenant, source, campaign_id, captured_at)
                VALUES (:leadId, :tenant, :source, :campaignId, :capturedAt)
                ON CONFLICT (lead_id) DO NOTHING
                """)
                .param("leadId", lead.leadId())
                .param("tenant", lead.tenant())
                .param("source", lead.source().name())
                .param("campaignId", lead.campaignId())
                .param("capturedAt", Timestamp.from(lead.capturedAt()))
                .update();
    }

    @Override
    public LeadSourcesReport report(String tenant) {
        List<SourceCount> bySource = jdbc.sql("""
                SELECT source, count(*) AS leads FROM lead_attribution WHERE tenant = ?
                GROUP BY source ORDER BY leads DESC, source
                """)
                .param(tenant)
                .query((rs, row) -> new SourceCount(LeadSource.valueOf(rs.getString("source")), rs.getLong("leads")))
                .list();
        List<CampaignCount> byCampaign = jdbc.sql("""
                SELECT campaign_id, count(*) AS leads FROM lead_attribution
                WHERE tenant = ? AND campaign_id IS NOT NULL
                GROUP BY campaign_id ORDER BY leads DESC, campaign_id
                """)
                .param(tenant)
                .query((rs, row) -> new CampaignCount(rs.getObject("campaign_id", UUID.class), rs.getLong("leads")))
                .list();
        long total = bySource.stream().mapToLong(SourceCount::leads).sum();
        return new LeadSourcesReport(total, bySource, byCampaign);
    }
}
