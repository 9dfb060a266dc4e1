package com.crmplatform.customerservice.customer.persistence;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.deal.DealStatus;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerDetails;
import com.crmplatform.customerservice.customer.domain.CustomerFilter;
import com.crmplatform.customerservice.customer.domain.CustomerLevel;
import com.crmplatform.customerservice.customer.domain.CustomerRepository;
import com.crmplatform.customerservice.customer.domain.CustomerVisibility;
import com.crmplatform.customerservice.customer.domain.RecyclingTerms;
import com.crmplatform.platform.jdbc.JdbcBatches;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers in PostgreSQL through plain SQL: every query is scoped by tenant first. */
@Repository
class JdbcCustomerRepository implements CustomerRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "createdAt", "c.created_at",
            "updatedAt", "c.updated_at",
            "name", "c.name_normalized",
            "lastFollowUpAt", "c.last_follow_up_at",
            "nextFollowUpAt", "c.next_follow_up_at");

    private static final String INSERT = """
            INSERT INTO customer (id, tenant, kind, name, name_normalized, industry, level, source, source_lead_id,
                                  source_campaign_id, address, phone, phone_digits, website, remarks, tags, owner_id,
                                  owned_since, deal_status, created_by, created_at, updated_at, version)
            VALUES (:id, :tenant, :kind, :name, :nameNormalized, :industry, :level, :source, :sourceLeadId,
                    :sourceCampaignId, :address, :phone, :phoneDigits, :website, :remarks,
                    string_to_array(:tags, E'\\x1F'), :ownerId, :ownedSince, :dealStatus, :createdBy, :createdAt,
                    :updatedAt, :version)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcCustomerRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void insert(Customer customer) {
        insertStatement(INSERT, customer).update();
    }

    @Override
    public boolean insertIfLeadIsNew(Customer customer) {
        return insertStatement(
                                INSERT
                                        + " ON CONFLICT (tenant, source_lead_id) WHERE source_lead_id IS NOT NULL"
                                        + " DO NOTHING",
                                customer)
                        .update()
                > 0;
    }

    @Override
    public void insertAll(List<Customer> customers) {
        JdbcBatches.update(batch, INSERT, customers, JdbcCustomerRepository::insertParameters);
    }

    private JdbcClient.StatementSpec insertStatement(String sql, Customer customer) {
        return jdbc.sql(sql).paramSource(insertParameters(customer));
    }

    private static MapSqlParameterSource insertParameters(Customer customer) {
        return detailParameters(customer)
                .addValue("sourceLeadId", customer.sourceLeadId())
                .addValue("sourceCampaignId", customer.sourceCampaignId())
                .addValue("ownerId", customer.ownerId())
                .addValue("ownedSince", customer.inPool() ? null : Timestamp.from(customer.createdAt()))
                .addValue("dealStatus", customer.dealStatus().name())
                .addValue("createdBy", customer.createdBy())
                .addValue("createdAt", Timestamp.from(customer.createdAt()))
                .addValue("version", customer.version());
    }

    /** The customer's identity, its editable details and {@code updatedAt}: what both insert and update write. */
    private static MapSqlParameterSource detailParameters(Customer customer) {
        CustomerDetails d = customer.details();
        return new MapSqlParameterSource()
                .addValue("id", customer.id())
                .addValue("tenant", customer.tenant())
                .addValue("kind", d.kind().name())
                .addValue("name", d.name())
                .addValue("nameNormalized", d.normalizedName())
                .addValue("industry", d.industry())
                .addValue("level", d.level() == null ? null : d.level().name())
                .addValue("source", d.source() == null ? null : d.source().name())
                .addValue("address", d.address())
                .addValue("phone", d.phone())
                .addValue("phoneDigits", d.phoneDigits())
                .addValue("website", d.website())
                .addValue("remarks", d.remarks())
                .addValue("tags", joinTags(d.tags()))
                .addValue("updatedAt", Timestamp.from(customer.updatedAt()));
    }

    @Override
    public Optional<Customer> find(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM customer WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcCustomerRepository::toCustomer)
                .optional();
    }

    @Override
    public Optional<Customer> findForUpdate(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM customer WHERE tenant = :tenant AND id = :id FOR UPDATE")
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcCustomerRepository::toCustomer)
                .optional();
    }

    @Override
    public Optional<Customer> findBySourceLead(String tenant, UUID leadId) {
        return jdbc.sql("SELECT * FROM customer WHERE tenant = :tenant AND source_lead_id = :leadId")
                .param("tenant", tenant)
                .param("leadId", leadId)
                .query(JdbcCustomerRepository::toCustomer)
                .optional();
    }

    @Override
    public Optional<UUID> findDuplicate(String tenant, String normalizedName, String phoneDigits, UUID exceptId) {
        return jdbc.sql("""
                        SELECT id FROM customer
                        WHERE tenant = :tenant AND deleted_at IS NULL
                          AND (name_normalized = :name OR (CAST(:phone AS VARCHAR) IS NOT NULL AND phone_digits = :phone))
                          AND (CAST(:exceptId AS UUID) IS NULL OR id <> :exceptId)
                        ORDER BY created_at LIMIT 1
                        """)
                .param("tenant", tenant)
                .param("name", normalizedName)
                .param("phone", phoneDigits)
                .param("exceptId", exceptId)
                .query(UUID.class)
                .optional();
    }

    @Override
    public PageResponse<Customer> search(
            String tenant,
            CustomerVisibility visibility,
            String callerId,
            CustomerFilter filter,
            PageQuery page,
            Instant now) {
        TenantQuery where = where(tenant, visibility, filter, callerId, now);
        String orderBy = page.orderBy(SORT_COLUMNS, "c.id");
        var search =
                new PagedSearch.Search("customer", "c", where.sql(), where.params(), orderBy, filter.keyword() != null);
        return PagedSearch.find(jdbc, search, page, JdbcCustomerRepository::toCustomer);
    }

    private static TenantQuery where(
            String tenant, CustomerVisibility visibility, CustomerFilter f, String callerId, Instant now) {
        return TenantQuery.of("c", tenant)
                .where(CustomerScopeSql.visible(visibility))
                .when(true, f.deleted() ? "c.deleted_at IS NOT NULL" : "c.deleted_at IS NULL")
                .when(f.scope() == CustomerFilter.Scope.MINE ? callerId : null, "c.owner_id = :callerId", "callerId")
                .when(f.scope() == CustomerFilter.Scope.POOL, "c.owner_id IS NULL")
                .equal("c.owner_id", "ownerId", f.ownerId())
                .equal("c.level", "level", f.level())
                .equal("c.industry", "industry", f.industry())
                .equal("c.source", "source", f.source())
                .equal("c.source_campaign_id", "campaignId", f.campaignId())
                .equal("c.deal_status", "dealStatus", f.dealStatus())
                .when(f.tag(), "c.tags @> ARRAY[CAST(:tag AS TEXT)]", "tag")
                .where(keyword(f.keyword()))
                .when(
                        f.noFollowUpForDays() == null ? null : now.minus(Duration.ofDays(f.noFollowUpForDays())),
                        "COALESCE(c.last_follow_up_at, c.created_at) < :followUpBefore",
                        "followUpBefore")
                .where(f.recycleDueWithinDays() == null ? null : recycleDue(f, now));
    }

    /**
     * Names containing the keyword (the trigram index finds the candidates from pieces of it, strpos keeps the names
     * that contain it whole), or phone digits containing its digits when it has three or more.
     */
    private static TenantQuery.Condition keyword(String keyword) {
        if (keyword == null) {
            return null;
        }
        String digits = CustomerDetails.digitsOf(keyword);
        String name = CustomerDetails.normalizeName(keyword);
        Map<String, Object> params = new HashMap<>();
        params.put("keywordPieces", CustomerScopeSql.trigramPieces(name));
        params.put("keyword", name);
        List<String> matches = new ArrayList<>(
                List.of("(c.name_normalized LIKE :keywordPieces AND strpos(c.name_normalized, :keyword) > 0)"));
        if (digits != null && digits.length() >= 3) {
            matches.add("c.phone_digits LIKE :keywordDigits");
            params.put("keywordDigits", CustomerScopeSql.contains(digits));
        }
        return TenantQuery.Condition.anyOf(matches, params);
    }

    @Override
    public Optional<Instant> recycleDueAt(String tenant, UUID id, RecyclingTerms.Terms terms) {
        return jdbc.sql("SELECT " + RecycleDueSql.dueAt(":noFollowUpDays", ":noDealDays") + " AS due FROM customer c"
                        + " WHERE c.tenant = :tenant AND c.id = :id AND "
                        + RecycleDueSql.recyclable("CAST(:exemptWithDeal AS BOOLEAN)"))
                .param("tenant", tenant)
                .param("id", id)
                .param("noFollowUpDays", terms.noFollowUpDays())
                .param("noDealDays", terms.noDealDays())
                .param("exemptWithDeal", terms.exemptWithDeal())
                .query((rs, row) -> rs.getTimestamp("due"))
                .optional()
                .filter(Objects::nonNull)
                .map(Timestamp::toInstant);
    }

    /** Owned customers the tenant's recycling rules take back within the filter's days; none when recycling is off. */
    private static TenantQuery.Condition recycleDue(CustomerFilter f, Instant now) {
        if (f.recyclingTerms() == null) {
            return new TenantQuery.Condition("FALSE", Map.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("recycleNoFollowUpDays", f.recyclingTerms().noFollowUpDays());
        params.put("recycleNoDealDays", f.recyclingTerms().noDealDays());
        params.put("recycleExemptWithDeal", f.recyclingTerms().exemptWithDeal());
        params.put("recycleHorizon", Timestamp.from(now.plus(Duration.ofDays(f.recycleDueWithinDays()))));
        return new TenantQuery.Condition(
                RecycleDueSql.recyclable("CAST(:recycleExemptWithDeal AS BOOLEAN)") + " AND "
                        + RecycleDueSql.dueAt(":recycleNoFollowUpDays", ":recycleNoDealDays") + " <= :recycleHorizon",
                params);
    }

    @Override
    public boolean update(Customer customer, int expectedVersion) {
        return jdbc.sql("""
                        UPDATE customer SET kind = :kind, name = :name, name_normalized = :nameNormalized,
                               industry = :industry, level = :level, source = :source, address = :address,
                               phone = :phone, phone_digits = :phoneDigits, website = :website, remarks = :remarks,
                               tags = string_to_array(:tags, E'\\x1F'), updated_at = :updatedAt, version = version + 1
                        WHERE tenant = :tenant AND id = :id AND version = :expectedVersion
                        """)
                        .paramSource(detailParameters(customer).addValue("expectedVersion", expectedVersion))
                        .update()
                == 1;
    }

    @Override
    public boolean setDeleted(String tenant, UUID id, Instant deletedAt, String by, int expectedVersion, Instant now) {
        return jdbc.sql("""
                        UPDATE customer SET deleted_at = :deletedAt, deleted_by = :deletedBy, updated_at = :now,
                               version = version + 1,
                               owned_since = CASE WHEN CAST(:deletedAt AS timestamptz) IS NULL AND owner_id IS NOT NULL
                                                  THEN :now ELSE owned_since END,
                               recycle_warned_due_at = CASE WHEN CAST(:deletedAt AS timestamptz) IS NULL THEN NULL
                                                            ELSE recycle_warned_due_at END
                        WHERE tenant = :tenant AND id = :id AND version = :expectedVersion
                        """)
                        .param("deletedAt", deletedAt == null ? null : Timestamp.from(deletedAt))
                        .param("deletedBy", deletedAt == null ? null : by)
                        .param("now", Timestamp.from(now))
                        .param("tenant", tenant)
                        .param("id", id)
                        .param("expectedVersion", expectedVersion)
                        .update()
                == 1;
    }

    @Override
    public boolean changeOwner(String tenant, UUID id, String expectedOwner, String newOwner, Instant now) {
        return jdbc.sql("""
                        UPDATE customer SET owner_id = :newOwner, owned_since = :ownedSince,
                               recycle_warned_due_at = NULL, updated_at = :now, version = version + 1
                        WHERE tenant = :tenant AND id = :id AND deleted_at IS NULL
                          AND owner_id IS NOT DISTINCT FROM CAST(:expectedOwner AS VARCHAR)
                        """)
                        .param("newOwner", newOwner)
                        .param("ownedSince", newOwner == null ? null : Timestamp.from(now))
                        .param("now", Timestamp.from(now))
                        .param("tenant", tenant)
                        .param("id", id)
                        .param("expectedOwner", expectedOwner)
                        .update()
                == 1;
    }

    @Override
    public long countOwned(String tenant, String ownerId) {
        return jdbc.sql("SELECT count(*) FROM customer WHERE tenant = :tenant AND owner_id = :ownerId"
                        + " AND deleted_at IS NULL")
                .param("tenant", tenant)
                .param("ownerId", ownerId)
                .query(Long.class)
                .single();
    }

    @Override
    public List<Customer> lockOwnedBy(String tenant, String ownerId) {
        return jdbc.sql("SELECT * FROM customer WHERE tenant = :tenant AND owner_id = :ownerId AND deleted_at IS NULL"
                        + " ORDER BY id FOR UPDATE")
                .param("tenant", tenant)
                .param("ownerId", ownerId)
                .query(JdbcCustomerRepository::toCustomer)
                .list();
    }

    @Override
    public void lockOwner(String tenant, String ownerId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "customer-owner/" + tenant + "/" + ownerId)
                .query((rs, row) -> 0)
                .list();
    }

    @Override
    public void recordFollowUp(String tenant, UUID id, Instant occurredAt, Instant nextFollowUpAt, Instant now) {
        jdbc.sql("""
                        UPDATE customer SET last_follow_up_at = :occurredAt, next_follow_up_at = :next, updated_at = :now
                        WHERE tenant = :tenant AND id = :id
                          AND (last_follow_up_at IS NULL OR last_follow_up_at <= :occurredAt)
                        """)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("next", nextFollowUpAt == null ? null : Timestamp.from(nextFollowUpAt))
                .param("now", Timestamp.from(now))
                .param("tenant", tenant)
                .param("id", id)
                .update();
    }

    /** Tags travel as one string split by the unit separator (tags may not contain control characters). */
    private static String joinTags(List<String> tags) {
        return String.join("\u001F", tags);
    }

    static Customer toCustomer(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("level");
        String source = rs.getString("source");
        Array tags = rs.getArray("tags");
        return new Customer(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                new CustomerDetails(
                        CustomerKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("industry"),
                        level == null ? null : CustomerLevel.valueOf(level),
                        source == null ? null : LeadSource.valueOf(source),
                        rs.getString("address"),
                        rs.getString("phone"),
                        rs.getString("website"),
                        rs.getString("remarks"),
                        tags == null ? List.of() : List.of((String[]) tags.getArray())),
                rs.getObject("source_lead_id", UUID.class),
                rs.getObject("source_campaign_id", UUID.class),
                rs.getString("owner_id"),
                DealStatus.valueOf(rs.getString("deal_status")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "last_follow_up_at"),
                instant(rs, "next_follow_up_at"),
                instant(rs, "deleted_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
