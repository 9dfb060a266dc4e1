package com.crmplatform.dealservice.opportunity.persistence;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.dealservice.lineitem.persistence.LineItemsJson;
import com.crmplatform.dealservice.opportunity.domain.Opportunity;
import com.crmplatform.dealservice.opportunity.domain.OpportunityDetails;
import com.crmplatform.dealservice.opportunity.domain.OpportunityFilter;
import com.crmplatform.dealservice.opportunity.domain.OpportunityRepository;
import com.crmplatform.dealservice.opportunity.domain.OpportunityStatus;
import com.crmplatform.dealservice.opportunity.domain.PipelineReport;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opportunities in PostgreSQL through plain SQL: every query is scoped by tenant first. */
@Repository
class JdbcOpportunityRepository implements OpportunityRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "createdAt", "o.created_at",
            "updatedAt", "o.updated_at",
            "amount", "o.amount",
            "expectedCloseDate", "o.expected_close_date",
            "name", "o.name");

    private final JdbcClient jdbc;

    JdbcOpportunityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Opportunity o) {
        jdbc.sql("""
                INSERT INTO opportunity (id, tenant, customer_id, name, amount, currency, lines, expected_close_date,
                    stage, probability, status, loss_reason, owner_id, contact_ids, source_campaign_id, description,
                    closed_at, created_by, created_at, updated_at, version)
                VALUES (:id, :tenant, :customerId, :name, :amount, :currency, :lines, :expectedCloseDate,
                    :stage, :probability, :status, :lossReason, :ownerId, CAST(string_to_array(:contactIds, ',') AS UUID[]),
                    :sourceCampaignId, :description, :closedAt, :createdBy, :createdAt, :updatedAt, :version)
                """)
                .paramSource(parameters(o)
                        .addValue("customerId", o.customerId())
                        .addValue("sourceCampaignId", o.sourceCampaignId())
                        .addValue("createdBy", o.createdBy())
                        .addValue("createdAt", Timestamp.from(o.createdAt())))
                .update();
    }

    @Override
    public boolean update(Opportunity o, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE opportunity SET name = :name, amount = :amount, currency = :currency, lines = :lines,
                            expected_close_date = :expectedCloseDate, stage = :stage, probability = :probability,
                            status = :status, loss_reason = :lossReason, owner_id = :ownerId,
                            contact_ids = CAST(string_to_array(:contactIds, ',') AS UUID[]), description = :description,
                            closed_at = :closedAt, updated_at = :updatedAt, version = :version
                        WHERE tenant = :tenant AND id = :id AND version = :expectedVersion
                        """)
                        .paramSource(parameters(o).addValue("expectedVersion", expectedVersion))
                        .update()
                == 1;
    }

    /** What insert and update both write. */
    private static MapSqlParameterSource parameters(Opportunity o) {
        OpportunityDetails d = o.details();
        return new MapSqlParameterSource()
                .addValue("id", o.id())
                .addValue("tenant", o.tenant())
                .addValue("name", d.name())
                .addValue("amount", d.amount())
                .addValue("currency", d.currency())
                .addValue("lines", LineItemsJson.toJsonb(d.lines()))
                .addValue(
                        "expectedCloseDate", d.expectedCloseDate() == null ? null : Date.valueOf(d.expectedCloseDate()))
                .addValue("stage", o.stage())
                .addValue("probability", o.probability())
                .addValue("status", o.status().name())
                .addValue("lossReason", o.lossReason())
                .addValue("ownerId", o.ownerId())
                .addValue(
                        "contactIds",
                        String.join(
                                ",", d.contactIds().stream().map(UUID::toString).toList()))
                .addValue("description", d.description())
                .addValue("closedAt", o.closedAt() == null ? null : Timestamp.from(o.closedAt()))
                .addValue("updatedAt", Timestamp.from(o.updatedAt()))
                .addValue("version", o.version());
    }

    @Override
    public Optional<Opportunity> find(String tenant, UUID id) {
        return findOne("SELECT * FROM opportunity WHERE tenant = :tenant AND id = :id", tenant, id);
    }

    @Override
    public Optional<Opportunity> findForUpdate(String tenant, UUID id) {
        return findOne("SELECT * FROM opportunity WHERE tenant = :tenant AND id = :id FOR UPDATE", tenant, id);
    }

    private Optional<Opportunity> findOne(String sql, String tenant, UUID id) {
        return jdbc.sql(sql)
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcOpportunityRepository::toOpportunity)
                .optional();
    }

    @Override
    public PageResponse<Opportunity> search(String tenant, String ownerScope, OpportunityFilter f, PageQuery page) {
        TenantQuery where = TenantQuery.of("o", tenant)
                .equal("o.owner_id", "scopeOwnerId", ownerScope)
                .equal("o.owner_id", "ownerId", f.ownerId())
                .equal("o.stage", "stage", f.stage())
                .equal("o.status", "status", f.status())
                .equal("o.customer_id", "customerId", f.customerId())
                .equal("o.source_campaign_id", "campaignId", f.campaignId())
                .equal("o.currency", "currency", f.currency())
                .atLeast("o.amount", "amountMin", f.amountMin())
                .atMost("o.amount", "amountMax", f.amountMax())
                .atLeast("o.expected_close_date", "closeFrom", date(f.closeFrom()))
                .atMost("o.expected_close_date", "closeTo", date(f.closeTo()))
                .contains("o.name", "keyword", f.keyword());
        var search = new PagedSearch.Search(
                "opportunity",
                "o",
                where.sql(),
                where.params(),
                page.orderBy(SORT_COLUMNS, "o.id"),
                f.keyword() != null || f.customerId() != null);
        return PagedSearch.find(jdbc, search, page, JdbcOpportunityRepository::toOpportunity);
    }

    @Override
    public List<PipelineReport.MonthTotal> forecast(String tenant, String ownerId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT date_trunc('month', expected_close_date)::date AS month, currency,
                               count(*) AS opportunities, sum(amount) AS amount,
                               CAST(sum(amount * probability) / 100 AS NUMERIC(26, 4)) AS weighted_amount
                        FROM opportunity
                        WHERE tenant = :tenant AND status = 'OPEN'
                          AND expected_close_date >= :from AND expected_close_date < :to
                          AND (CAST(:ownerId AS VARCHAR) IS NULL OR owner_id = :ownerId)
                        GROUP BY 1, 2 ORDER BY 1, 2
                        """)
                .param("tenant", tenant)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .param("ownerId", ownerId)
                .query((rs, row) -> new PipelineReport.MonthTotal(
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getString("currency"),
                        rs.getLong("opportunities"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("weighted_amount")))
                .list();
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static Opportunity toOpportunity(ResultSet rs, int row) throws SQLException {
        Array contacts = rs.getArray("contact_ids");
        Date close = rs.getDate("expected_close_date");
        return new Opportunity(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("customer_id", UUID.class),
                new OpportunityDetails(
                        rs.getString("name"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        LineItemsJson.fromJson(rs.getString("lines")),
                        close == null ? null : close.toLocalDate(),
                        contacts == null ? List.of() : List.of((UUID[]) contacts.getArray()),
                        rs.getString("description")),
                rs.getString("stage"),
                rs.getInt("probability"),
                OpportunityStatus.valueOf(rs.getString("status")),
                rs.getString("loss_reason"),
                rs.getString("owner_id"),
                rs.getObject("source_campaign_id", UUID.class),
                instant(rs, "closed_at"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
