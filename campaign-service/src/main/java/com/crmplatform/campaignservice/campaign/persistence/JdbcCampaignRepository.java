package com.crmplatform.campaignservice.campaign.persistence;

import com.crmplatform.campaignservice.campaign.domain.Campaign;
import com.crmplatform.campaignservice.campaign.domain.CampaignDetails;
import com.crmplatform.campaignservice.campaign.domain.CampaignFilter;
import com.crmplatform.campaignservice.campaign.domain.CampaignMode;
import com.crmplatform.campaignservice.campaign.domain.CampaignRepository;
import com.crmplatform.campaignservice.campaign.domain.CampaignStatus;
import com.crmplatform.campaignservice.campaign.domain.TargetObject;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns in PostgreSQL through plain SQL: every query but the public token lookup is scoped by tenant first. */
@Repository
class JdbcCampaignRepository implements CampaignRepository {

    private static final String INSERT = """
            INSERT INTO campaign (id, tenant, name, type, mode, start_at, end_at, owner_id, currency, budget, actual_cost,
                                  expected_leads, expected_revenue, target_object, description, status, auto_sync,
                                  form_version, link_token, link_issued_at, created_by, created_at, updated_at,
                                  published_at, closed_at, version)
            VALUES (:id, :tenant, :name, :type, :mode, :startAt, :endAt, :ownerId, :currency, :budget, :actualCost,
                    :expectedLeads, :expectedRevenue, :targetObject, :description, :status, :autoSync,
                    :formVersion, :linkToken, :linkIssuedAt, :createdBy, :createdAt, :updatedAt,
                    :publishedAt, :closedAt, :version)
            """;

    private static final String UPDATE = """
            UPDATE campaign
               SET name = :name, type = :type, mode = :mode, start_at = :startAt, end_at = :endAt, owner_id = :ownerId,
                   currency = :currency, budget = :budget, actual_cost = :actualCost, expected_leads = :expectedLeads,
                   expected_revenue = :expectedRevenue, target_object = :targetObject, description = :description,
                   status = :status, auto_sync = :autoSync, form_version = :formVersion, link_token = :linkToken,
                   link_issued_at = :linkIssuedAt, updated_at = :updatedAt, published_at = :publishedAt,
                   closed_at = :closedAt, version = :version
             WHERE tenant = :tenant AND id = :id AND version = :expectedVersion
            """;

    private final JdbcClient jdbc;

    JdbcCampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Campaign campaign) {
        jdbc.sql(INSERT).paramSource(parameters(campaign)).update();
    }

    @Override
    public Optional<Campaign> find(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM campaign WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcCampaignRepository::toCampaign)
                .optional();
    }

    @Override
    public Optional<Campaign> lock(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM campaign WHERE tenant = :tenant AND id = :id FOR UPDATE")
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcCampaignRepository::toCampaign)
                .optional();
    }

    @Override
    public Optional<Campaign> findByLinkToken(String token) {
        return jdbc.sql("SELECT * FROM campaign WHERE link_token = :token")
                .param("token", token)
                .query(JdbcCampaignRepository::toCampaign)
                .optional();
    }

    @Override
    public boolean update(Campaign campaign, int expectedVersion) {
        MapSqlParameterSource params = parameters(campaign).addValue("expectedVersion", expectedVersion);
        return jdbc.sql(UPDATE).paramSource(params).update() == 1;
    }

    @Override
    public PageResponse<Campaign> search(String tenant, CampaignFilter filter, PageQuery page) {
        CampaignSearchSql.Where where = CampaignSearchSql.where(tenant, filter);
        String orderBy = page.orderBy(CampaignSearchSql.SORT_COLUMNS, "c.id");
        var search = new PagedSearch.Search("campaign", "c", where.sql(), where.params(), orderBy, where.selective());
        return PagedSearch.find(jdbc, search, page, JdbcCampaignRepository::toCampaign);
    }

    @Override
    public boolean hasMembers(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign_member WHERE campaign_id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    @Override
    public void delete(String tenant, UUID id) {
        // campaign_form, campaign_view and campaign_visitor go with it (ON DELETE CASCADE).
        jdbc.sql("DELETE FROM campaign WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .update();
    }

    @Override
    public List<Campaign> lockEnded(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM campaign WHERE status = 'PUBLISHED' AND end_at <= :now
                         ORDER BY end_at, id LIMIT :limit FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(JdbcCampaignRepository::toCampaign)
                .list();
    }

    private static MapSqlParameterSource parameters(Campaign c) {
        CampaignDetails d = c.details();
        return new MapSqlParameterSource()
                .addValue("id", c.id())
                .addValue("tenant", c.tenant())
                .addValue("name", d.name())
                .addValue("type", d.type())
                .addValue("mode", d.mode().name())
                .addValue("startAt", timestamp(d.startAt()))
                .addValue("endAt", timestamp(d.endAt()))
                .addValue("ownerId", d.ownerId())
                .addValue("currency", d.currency())
                .addValue("budget", d.budget())
                .addValue("actualCost", d.actualCost())
                .addValue("expectedLeads", d.expectedLeads())
                .addValue("expectedRevenue", d.expectedRevenue())
                .addValue("targetObject", d.targetObject().name())
                .addValue("description", d.description())
                .addValue("status", c.status().name())
                .addValue("autoSync", d.autoSync())
                .addValue("formVersion", c.formVersion())
                .addValue("linkToken", c.linkToken())
                .addValue("linkIssuedAt", timestamp(c.linkIssuedAt()))
                .addValue("createdBy", c.createdBy())
                .addValue("createdAt", timestamp(c.createdAt()))
                .addValue("updatedAt", timestamp(c.updatedAt()))
                .addValue("publishedAt", timestamp(c.publishedAt()))
                .addValue("closedAt", timestamp(c.closedAt()))
                .addValue("version", c.version());
    }

    static Campaign toCampaign(ResultSet rs, int row) throws SQLException {
        CampaignDetails details = new CampaignDetails(
                rs.getString("name"),
                rs.getString("type"),
                CampaignMode.valueOf(rs.getString("mode")),
                instant(rs, "start_at"),
                instant(rs, "end_at"),
                rs.getString("owner_id"),
                rs.getBigDecimal("budget"),
                rs.getString("currency").strip(),
                rs.getBigDecimal("actual_cost"),
                rs.getObject("expected_leads", Integer.class),
                rs.getBigDecimal("expected_revenue"),
                TargetObject.valueOf(rs.getString("target_object")),
                rs.getString("description"),
                rs.getBoolean("auto_sync"));
        return new Campaign(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                details,
                CampaignStatus.valueOf(rs.getString("status")),
                rs.getObject("form_version", Integer.class),
                rs.getString("link_token"),
                instant(rs, "link_issued_at"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "published_at"),
                instant(rs, "closed_at"),
                rs.getInt("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
