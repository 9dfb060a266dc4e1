package com.crmplatform.leadservice.lead.persistence;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadFilter;
import com.crmplatform.leadservice.lead.domain.LeadProfile;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import com.crmplatform.leadservice.lead.domain.LeadVisibility;
import com.crmplatform.platform.jdbc.JdbcBatches;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Leads in PostgreSQL through plain SQL: every query is scoped by tenant first. */
@Repository
class JdbcLeadRepository implements LeadRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "createdAt", "created_at",
            "updatedAt", "updated_at",
            "name", "name",
            "company", "company",
            "nextFollowUpAt", "next_follow_up_at",
            "lastFollowUpAt", "last_follow_up_at");

    private static final TypeReference<Map<String, String>> CUSTOM_FIELDS = new TypeReference<>() {};

    private static final String INSERT = """
            INSERT INTO lead (id, tenant, name, company, title, phone, email, other_contact, industry, city, notes,
                              custom_fields, source, channel, campaign_id, status, owner_id, created_by, created_at, updated_at,
                              last_follow_up_at, next_follow_up_at, invalid_reason, owned_since, phone_normalized,
                              email_normalized, version)
            VALUES (:id, :tenant, :name, :company, :title, :phone, :email, :otherContact, :industry, :city, :notes,
                    CAST(:customFields AS jsonb), :source, :channel, :campaignId, :status, :ownerId, :createdBy, :createdAt,
                    :updatedAt, :lastFollowUpAt, :nextFollowUpAt, :invalidReason, :ownedSince, :phoneNormalized,
                    :emailNormalized, :version)
            """;

    private static final String UPDATE = """
            UPDATE lead
               SET name = :name, company = :company, title = :title, phone = :phone, email = :email,
                   other_contact = :otherContact, industry = :industry, city = :city, notes = :notes,
                   custom_fields = CAST(:customFields AS jsonb), source = :source, channel = :channel,
                   campaign_id = :campaignId, status = :status, owner_id = :ownerId,
                   updated_at = :updatedAt, last_follow_up_at = :lastFollowUpAt,
                   next_follow_up_at = :nextFollowUpAt, invalid_reason = :invalidReason,
                   owned_since = :ownedSince, phone_normalized = :phoneNormalized,
                   email_normalized = :emailNormalized, version = :version
             WHERE tenant = :tenant AND id = :id AND version = :expectedVersion
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    JdbcLeadRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Override
    public void insert(Lead lead) {
        jdbc.sql(INSERT).paramSource(parameters(lead)).update();
    }

    @Override
    public void insertAll(List<Lead> leads) {
        JdbcBatches.update(batch, INSERT, leads, this::parameters);
    }

    @Override
    public Optional<Lead> find(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM lead WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .query(this::toLead)
                .optional();
    }

    @Override
    public Optional<Lead> lock(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM lead WHERE tenant = :tenant AND id = :id FOR UPDATE")
                .param("tenant", tenant)
                .param("id", id)
                .query(this::toLead)
                .optional();
    }

    @Override
    public boolean update(Lead lead, int expectedVersion) {
        MapSqlParameterSource params = parameters(lead).addValue("expectedVersion", expectedVersion);
        return jdbc.sql(UPDATE).paramSource(params).update() == 1;
    }

    @Override
    public PageResponse<Lead> search(String tenant, LeadVisibility visibility, LeadFilter filter, PageQuery page) {
        TenantQuery where = where(tenant, visibility, filter);
        String orderBy = page.orderBy(SORT_COLUMNS, "id");
        boolean selective = filter.keyword() != null && !filter.keyword().isBlank();
        var search = new PagedSearch.Search("lead", "lead", where.sql(), where.params(), orderBy, selective);
        return PagedSearch.find(jdbc, search, page, this::toLead);
    }

    @Override
    public void lockContact(String tenant, String normalizedPhone, String normalizedEmail) {
        // Shared on the tenant (an import takes it exclusively), exclusive on each contact; phone before email.
        // One statement: the three locks cost one round trip on the hot path of every capture.
        jdbc.sql("""
                        SELECT pg_advisory_xact_lock_shared(hashtext(:tenantKey)),
                               CASE WHEN CAST(:phoneKey AS text) IS NOT NULL
                                    THEN pg_advisory_xact_lock(hashtext(:phoneKey)) END,
                               CASE WHEN CAST(:emailKey AS text) IS NOT NULL
                                    THEN pg_advisory_xact_lock(hashtext(:emailKey)) END
                        """)
                .param("tenantKey", "lead-contacts:" + tenant)
                .param("phoneKey", normalizedPhone == null ? null : "lead-contact:" + tenant + ":p:" + normalizedPhone)
                .param("emailKey", normalizedEmail == null ? null : "lead-contact:" + tenant + ":e:" + normalizedEmail)
                .query()
                .listOfRows();
    }

    @Override
    public void lockAllContacts(String tenant) {
        advisoryLock("pg_advisory_xact_lock", "lead-contacts:" + tenant);
    }

    @Override
    public void lockOwner(String tenant, String ownerId) {
        advisoryLock("pg_advisory_xact_lock", "lead-owner:" + tenant + ":" + ownerId);
    }

    private void advisoryLock(String function, String key) {
        jdbc.sql("SELECT " + function + "(hashtext(:key))")
                .param("key", key)
                .query()
                .listOfRows();
    }

    @Override
    public Optional<UUID> findDuplicate(String tenant, String normalizedPhone, String normalizedEmail, UUID exceptId) {
        if (normalizedPhone == null && normalizedEmail == null) {
            return Optional.empty();
        }
        // Two index lookups, not one "phone = ? OR email = ?": a prepared statement's generic plan cannot prove
        // the OR against the partial indexes and scanned the whole tenant on every capture.
        return jdbc
                .sql("""
                        SELECT id, created_at FROM lead WHERE tenant = :tenant AND phone_normalized = :phone
                        UNION ALL
                        SELECT id, created_at FROM lead WHERE tenant = :tenant AND email_normalized = :email
                        """)
                .param("tenant", tenant)
                .param("phone", normalizedPhone)
                .param("email", normalizedEmail)
                .query((rs, row) -> new Match(rs.getObject("id", UUID.class), rs.getTimestamp("created_at")))
                .list()
                .stream()
                .filter(match -> !match.id().equals(exceptId))
                .min(Comparator.comparing(Match::createdAt).thenComparing(Match::id))
                .map(Match::id);
    }

    @Override
    public Map<String, UUID> findDuplicates(String tenant, List<String> phones, List<String> emails) {
        Map<String, UUID> found = new HashMap<>();
        if (!phones.isEmpty()) {
            jdbc.sql("""
                            SELECT phone_normalized, id FROM lead
                             WHERE tenant = :tenant AND phone_normalized = ANY(:phones)
                            """)
                    .param("tenant", tenant)
                    .param("phones", phones.toArray(String[]::new))
                    .query((rs, row) -> found.putIfAbsent("p:" + rs.getString(1), rs.getObject(2, UUID.class)))
                    .list();
        }
        if (!emails.isEmpty()) {
            jdbc.sql("""
                            SELECT email_normalized, id FROM lead
                             WHERE tenant = :tenant AND email_normalized = ANY(:emails)
                            """)
                    .param("tenant", tenant)
                    .param("emails", emails.toArray(String[]::new))
                    .query((rs, row) -> found.putIfAbsent("e:" + rs.getString(1), rs.getObject(2, UUID.class)))
                    .list();
        }
        return found;
    }

    @Override
    public List<Lead> lockRecyclable(Instant cutoff, String onlyTenant, Collection<String> exceptTenants, int limit) {
        // The one query that may span tenants: a system job, not a caller's request.
        return jdbc.sql("""
                        SELECT * FROM lead
                         WHERE (CAST(:onlyTenant AS varchar) IS NULL OR tenant = :onlyTenant)
                           AND NOT (tenant = ANY(:exceptTenants))
                           AND owner_id IS NOT NULL AND status IN ('NEW', 'ASSIGNED', 'FOLLOWING')
                           AND owned_since < :cutoff
                           AND (last_follow_up_at IS NULL OR last_follow_up_at < :cutoff)
                         ORDER BY owned_since
                         LIMIT :limit
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("onlyTenant", onlyTenant)
                .param("exceptTenants", exceptTenants.toArray(String[]::new))
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query(this::toLead)
                .list();
    }

    @Override
    public int countOpenOwnedBy(String tenant, String ownerId) {
        return jdbc.sql("""
                        SELECT count(*) FROM lead
                         WHERE tenant = :tenant AND owner_id = :ownerId AND status IN ('NEW', 'ASSIGNED', 'FOLLOWING')
                        """)
                .param("tenant", tenant)
                .param("ownerId", ownerId)
                .query(Integer.class)
                .single();
    }

    private static TenantQuery where(String tenant, LeadVisibility visibility, LeadFilter filter) {
        return TenantQuery.of("lead", tenant)
                .where(visibility.allOfTenant() ? null : scope(visibility))
                .equal("status", "status", filter.status())
                .equal("source", "source", filter.source())
                .equal("channel", "channel", filter.channel())
                .equal("campaign_id", "campaignId", filter.campaignId())
                .equal("owner_id", "ownerId", filter.ownerId())
                .when(filter.scope() == LeadFilter.Scope.POOL, "owner_id IS NULL")
                .when(filter.scope() == LeadFilter.Scope.MINE ? filter.callerId() : null, "owner_id = :me", "me")
                .atLeast("created_at", "createdFrom", filter.createdFrom())
                .below("created_at", "createdTo", filter.createdTo())
                .where(keyword(filter.keyword()));
    }

    /** The leads a restricted caller sees: their own, the pool, the ones they created, campaign leads. */
    private static TenantQuery.Condition scope(LeadVisibility visibility) {
        List<String> scopes = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (visibility.ownerId() != null) {
            scopes.add("owner_id = :visibleOwner");
            params.put("visibleOwner", visibility.ownerId());
        }
        if (visibility.includePool()) {
            scopes.add("owner_id IS NULL");
        }
        if (visibility.createdBy() != null) {
            scopes.add("created_by = :visibleCreator");
            params.put("visibleCreator", visibility.createdBy());
        }
        if (visibility.includeCampaignLeads()) {
            scopes.add("campaign_id IS NOT NULL");
        }
        return TenantQuery.Condition.anyOf(scopes, params);
    }

    /** Name, company, phone or email containing the keyword (any case), or phone digits containing its digits. */
    private static TenantQuery.Condition keyword(String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return null;
        }
        String lower = keyword.strip().toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>(List.of(
                "name ILIKE :keyword",
                "company ILIKE :keyword",
                "phone ILIKE :keyword",
                "email_normalized LIKE :keyword"));
        Map<String, Object> params = new HashMap<>();
        params.put(
                "keyword", "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String digits = ContactDetails.normalizePhone(lower);
        if (digits != null) {
            matches.add("phone_normalized LIKE :keywordDigits");
            params.put("keywordDigits", "%" + digits + "%");
        }
        return TenantQuery.Condition.anyOf(matches, params);
    }

    private MapSqlParameterSource parameters(Lead lead) {
        return new MapSqlParameterSource()
                .addValue("id", lead.id())
                .addValue("tenant", lead.tenant())
                .addValue("name", lead.contact().name())
                .addValue("company", lead.contact().company())
                .addValue("title", lead.contact().title())
                .addValue("phone", lead.contact().phone())
                .addValue("email", lead.contact().email())
                .addValue("otherContact", lead.contact().otherContact())
                .addValue("industry", lead.profile().industry())
                .addValue("city", lead.profile().city())
                .addValue("notes", lead.profile().notes())
                .addValue("customFields", json.writeValueAsString(lead.profile().customFields()))
                .addValue("source", lead.source().name())
                .addValue("channel", lead.channel())
                .addValue("campaignId", lead.campaignId())
                .addValue("status", lead.status().name())
                .addValue("ownerId", lead.ownerId())
                .addValue("createdBy", lead.createdBy())
                .addValue("createdAt", timestamp(lead.createdAt()))
                .addValue("updatedAt", timestamp(lead.updatedAt()))
                .addValue("lastFollowUpAt", timestamp(lead.lastFollowUpAt()))
                .addValue("nextFollowUpAt", timestamp(lead.nextFollowUpAt()))
                .addValue("invalidReason", lead.invalidReason())
                .addValue("ownedSince", timestamp(lead.ownedSince()))
                .addValue("phoneNormalized", lead.contact().normalizedPhone())
                .addValue("emailNormalized", lead.contact().normalizedEmail())
                .addValue("version", lead.version());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private Lead toLead(ResultSet rs, int row) throws SQLException {
        return new Lead(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                new ContactDetails(
                        rs.getString("name"),
                        rs.getString("company"),
                        rs.getString("title"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("other_contact")),
                new LeadProfile(
                        rs.getString("industry"),
                        rs.getString("city"),
                        rs.getString("notes"),
                        json.readValue(rs.getString("custom_fields"), CUSTOM_FIELDS)),
                LeadSource.valueOf(rs.getString("source")),
                rs.getString("channel"),
                rs.getObject("campaign_id", UUID.class),
                LeadStatus.valueOf(rs.getString("status")),
                rs.getString("owner_id"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "last_follow_up_at"),
                instant(rs, "next_follow_up_at"),
                rs.getString("invalid_reason"),
                instant(rs, "owned_since"),
                rs.getObject("customer_id", UUID.class),
                rs.getInt("version"));
    }

    private record Match(UUID id, Timestamp createdAt) {}
}
