package com.crmplatform.campaignservice.campaigntype.persistence;

import com.crmplatform.campaignservice.campaigntype.domain.CampaignType;
import com.crmplatform.campaignservice.campaigntype.domain.CampaignTypeRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code campaign_type} table: one row per tenant and own code. */
@Repository
class JdbcCampaignTypeRepository implements CampaignTypeRepository {

    private final JdbcClient jdbc;

    JdbcCampaignTypeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CampaignType> findAll(String tenant) {
        return jdbc.sql("SELECT code, label, active FROM campaign_type WHERE tenant = :tenant ORDER BY code")
                .param("tenant", tenant)
                .query(JdbcCampaignTypeRepository::toType)
                .list();
    }

    @Override
    public Optional<CampaignType> find(String tenant, String code) {
        return jdbc.sql("SELECT code, label, active FROM campaign_type WHERE tenant = :tenant AND code = :code")
                .param("tenant", tenant)
                .param("code", code)
                .query(JdbcCampaignTypeRepository::toType)
                .optional();
    }

    @Override
    public boolean insert(String tenant, CampaignType type, String createdBy, Instant createdAt) {
        // ON CONFLICT rather than check-then-insert: two users adding the same code at once get one 201, one 409.
        return jdbc.sql("""
                        INSERT INTO campaign_type (tenant, code, label, active, created_by, created_at, updated_at)
                        VALUES (:tenant, :code, :label, :active, :createdBy, :createdAt, :createdAt)
                        ON CONFLICT (tenant, code) DO NOTHING
                        """)
                        .param("tenant", tenant)
                        .param("code", type.code())
                        .param("label", type.label())
                        .param("active", type.active())
                        .param("createdBy", createdBy)
                        .param("createdAt", Timestamp.from(createdAt))
                        .update()
                == 1;
    }

    @Override
    public boolean update(String tenant, CampaignType type, Instant updatedAt) {
        return jdbc.sql("""
                        UPDATE campaign_type SET label = :label, active = :active, updated_at = :updatedAt
                         WHERE tenant = :tenant AND code = :code
                        """)
                        .param("tenant", tenant)
                        .param("code", type.code())
                        .param("label", type.label())
                        .param("active", type.active())
                        .param("updatedAt", Timestamp.from(updatedAt))
                        .update()
                == 1;
    }

    private static CampaignType toType(ResultSet rs, int row) throws SQLException {
        return CampaignType.own(rs.getString("code"), rs.getString("label"), rs.getBoolean("active"));
    }
}
