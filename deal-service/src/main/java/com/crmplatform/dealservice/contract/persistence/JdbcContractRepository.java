package com.crmplatform.dealservice.contract.persistence;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.dealservice.contract.domain.ApprovedTerms;
import com.crmplatform.dealservice.contract.domain.Contract;
import com.crmplatform.dealservice.contract.domain.ContractDetails;
import com.crmplatform.dealservice.contract.domain.ContractFilter;
import com.crmplatform.dealservice.contract.domain.ContractRepository;
import com.crmplatform.dealservice.contract.domain.ContractStatus;
import com.crmplatform.dealservice.lineitem.persistence.LineItemsJson;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts in PostgreSQL through plain SQL: every query is scoped by tenant first. */
@Repository
class JdbcContractRepository implements ContractRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "createdAt", "c.created_at",
            "signedAt", "c.signed_at",
            "amount", "c.amount",
            "number", "c.number");

    private final JdbcClient jdbc;

    JdbcContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code ON CONFLICT … DO NOTHING} on the index that allows one live contract per opportunity: a second creation
     * waits for the first one's transaction and then inserts nothing, instead of failing the transaction with a
     * unique violation. A conflict on any other constraint (the number) still fails: it would be a bug.
     */
    @Override
    public boolean insert(Contract c) {
        return jdbc.sql("""
                        INSERT INTO contract (id, tenant, number, title, customer_id, opportunity_id, amount, currency,
                            approved_amount, lines, approved_lines, signed_at, start_date, end_date, owner_id,
                            signatory_contact_id, source_campaign_id, status, approved_by, approved_at,
                            termination_reason, created_by, created_at, updated_at, version)
                        VALUES (:id, :tenant, :number, :title, :customerId, :opportunityId, :amount, :currency,
                            :approvedAmount, :lines, :approvedLines, :signedAt, :startDate, :endDate, :ownerId,
                            :signatoryContactId, :sourceCampaignId, :status, :approvedBy, :approvedAt,
                            :terminationReason, :createdBy, :createdAt, :updatedAt, :version)
                        ON CONFLICT (tenant, opportunity_id)
                            WHERE opportunity_id IS NOT NULL AND status <> 'TERMINATED' DO NOTHING
                        """)
                        .paramSource(parameters(c)
                                .addValue("number", c.number())
                                .addValue("customerId", c.customerId())
                                .addValue("opportunityId", c.opportunityId())
                                .addValue("sourceCampaignId", c.sourceCampaignId())
                                .addValue("createdBy", c.createdBy())
                                .addValue("createdAt", Timestamp.from(c.createdAt())))
                        .update()
                == 1;
    }

    @Override
    public boolean update(Contract c, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE contract SET title = :title, amount = :amount, currency = :currency,
                            approved_amount = :approvedAmount, lines = :lines, approved_lines = :approvedLines,
                            signed_at = :signedAt, start_date = :startDate, end_date = :endDate, owner_id = :ownerId,
                            signatory_contact_id = :signatoryContactId, status = :status, approved_by = :approvedBy,
                            approved_at = :approvedAt, termination_reason = :terminationReason,
                            updated_at = :updatedAt, version = :version
                        WHERE tenant = :tenant AND id = :id AND version = :expectedVersion
                        """)
                        .paramSource(parameters(c).addValue("expectedVersion", expectedVersion))
                        .update()
                == 1;
    }

    /** What insert and update both write. */
    private static MapSqlParameterSource parameters(Contract c) {
        ContractDetails d = c.details();
        ApprovedTerms a = c.approved();
        return new MapSqlParameterSource()
                .addValue("id", c.id())
                .addValue("tenant", c.tenant())
                .addValue("title", d.title())
                .addValue("amount", d.amount())
                .addValue("currency", d.currency())
                .addValue("lines", LineItemsJson.toJsonb(d.lines()))
                .addValue("signedAt", date(d.signedAt()))
                .addValue("startDate", date(d.startDate()))
                .addValue("endDate", date(d.endDate()))
                .addValue("ownerId", c.ownerId())
                .addValue("signatoryContactId", d.signatoryContactId())
                .addValue("status", c.status().name())
                .addValue("approvedAmount", a == null ? null : a.amount())
                .addValue("approvedLines", a == null ? null : LineItemsJson.toJsonb(a.lines()))
                .addValue("approvedBy", a == null ? null : a.approvedBy())
                .addValue("approvedAt", a == null ? null : Timestamp.from(a.approvedAt()))
                .addValue("terminationReason", c.terminationReason())
                .addValue("updatedAt", Timestamp.from(c.updatedAt()))
                .addValue("version", c.version());
    }

    @Override
    public Optional<Contract> find(String tenant, UUID id) {
        return findOne("SELECT * FROM contract WHERE tenant = :tenant AND id = :id", tenant, id);
    }

    @Override
    public Optional<Contract> findForUpdate(String tenant, UUID id) {
        return findOne("SELECT * FROM contract WHERE tenant = :tenant AND id = :id FOR UPDATE", tenant, id);
    }

    private Optional<Contract> findOne(String sql, String tenant, UUID id) {
        return jdbc.sql(sql)
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcContractRepository::toContract)
                .optional();
    }

    @Override
    public PageResponse<Contract> search(String tenant, String ownerScope, ContractFilter f, PageQuery page) {
        TenantQuery where = TenantQuery.of("c", tenant)
                .equal("c.owner_id", "scopeOwnerId", ownerScope)
                .equal("c.owner_id", "ownerId", f.ownerId())
                .equal("c.status", "status", f.status())
                .equal("c.customer_id", "customerId", f.customerId())
                .equal("c.opportunity_id", "opportunityId", f.opportunityId())
                .equal("c.currency", "currency", f.currency())
                .atLeast("c.amount", "amountMin", f.amountMin())
                .atMost("c.amount", "amountMax", f.amountMax())
                .atLeast("c.signed_at", "signedFrom", date(f.signedFrom()))
                .atMost("c.signed_at", "signedTo", date(f.signedTo()))
                .when(containing(f.keyword()), "(c.title ILIKE :keyword OR c.number ILIKE :keyword)", "keyword");
        var search = new PagedSearch.Search(
                "contract",
                "c",
                where.sql(),
                where.params(),
                page.orderBy(SORT_COLUMNS, "c.id"),
                f.keyword() != null || f.customerId() != null || f.opportunityId() != null);
        return PagedSearch.find(jdbc, search, page, JdbcContractRepository::toContract);
    }

    /** An ILIKE pattern for text anywhere in the column, its wildcards escaped (as {@code TenantQuery.contains}). */
    private static String containing(String text) {
        if (text == null) {
            return null;
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static Contract toContract(ResultSet rs, int row) throws SQLException {
        return new Contract(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getString("number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("opportunity_id", UUID.class),
                new ContractDetails(
                        rs.getString("title"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        LineItemsJson.fromJson(rs.getString("lines")),
                        localDate(rs, "signed_at"),
                        localDate(rs, "start_date"),
                        localDate(rs, "end_date"),
                        rs.getObject("signatory_contact_id", UUID.class)),
                ContractStatus.valueOf(rs.getString("status")),
                rs.getString("owner_id"),
                rs.getObject("source_campaign_id", UUID.class),
                approved(rs),
                rs.getString("termination_reason"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    private static ApprovedTerms approved(ResultSet rs) throws SQLException {
        if (rs.getBigDecimal("approved_amount") == null) {
            return null;
        }
        return new ApprovedTerms(
                rs.getBigDecimal("approved_amount"),
                LineItemsJson.fromJson(rs.getString("approved_lines")),
                rs.getString("approved_by"),
                instant(rs, "approved_at"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
