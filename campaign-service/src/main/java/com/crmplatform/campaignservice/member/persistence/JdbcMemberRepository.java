package com.crmplatform.campaignservice.member.persistence;

import com.crmplatform.campaignservice.member.domain.Member;
import com.crmplatform.campaignservice.member.domain.MemberFilter;
import com.crmplatform.campaignservice.member.domain.MemberOrigin;
import com.crmplatform.campaignservice.member.domain.MemberRepository;
import com.crmplatform.campaignservice.member.domain.SyncStatus;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.jdbc.JdbcBatches;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Campaign members in PostgreSQL; answers as JSONB (numbers read back exactly, as BigDecimal). */
@Repository
class JdbcMemberRepository implements MemberRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS =
            Map.of("submittedAt", "m.submitted_at", "updatedAt", "m.updated_at");

    /** First key of the campaign-member advisory locks (the second is the campaign id's hash). */
    private static final int MEMBER_LOCK_CLASS = 0x43_4D_42_52; // "CMBR"

    /** First key of the contact locks (the second is the hash of campaign id and contact key). */
    private static final int CONTACT_LOCK_CLASS = 0x43_4D_43_54; // "CMCT"

    private static final String INSERT = """
            INSERT INTO campaign_member (id, tenant, campaign_id, form_version, origin, answers, name, phone, email,
                                         submissions, sync_status, sync_error, lead_id, customer_id, synced_at,
                                         created_by, submitted_at, updated_at, version)
            VALUES (:id, :tenant, :campaignId, :formVersion, :origin, CAST(:answers AS jsonb), :name, :phone, :email,
                    :submissions, :syncStatus, :syncError, :leadId, :customerId, :syncedAt, :createdBy, :submittedAt,
                    :updatedAt, :version)
            """;

    /** A resubmission: the sync's columns (status, error, lead, customer) are left as the sync wrote them. */
    private static final String UPDATE = """
            UPDATE campaign_member
               SET form_version = :formVersion, answers = CAST(:answers AS jsonb), name = :name, phone = :phone,
                   email = :email, submissions = :submissions, updated_at = :updatedAt, version = :version
             WHERE id = :id
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final ObjectReader answersReader;

    JdbcMemberRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.answersReader = json.readerFor(new TypeReference<Map<String, Object>>() {})
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public void lockContacts(UUID campaignId, Collection<String> contactKeys) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:lockClass, hashtext(:campaignId))")
                .param("lockClass", MEMBER_LOCK_CLASS)
                .param("campaignId", campaignId.toString())
                .query((rs, row) -> 1)
                .list();
        // In hash order, so two captures sharing contacts take their locks in the same order and cannot deadlock.
        jdbc.sql("""
                        SELECT pg_advisory_xact_lock(:lockClass, h)
                          FROM (SELECT DISTINCT hashtext(:campaignId || '|' || k) AS h FROM unnest(:keys) AS k
                                 ORDER BY h) AS hashes
                        """)
                .param("lockClass", CONTACT_LOCK_CLASS)
                .param("campaignId", campaignId.toString())
                .param("keys", contactKeys.toArray(String[]::new))
                .query((rs, row) -> 1)
                .list();
    }

    @Override
    public void lockCampaignMembers(UUID campaignId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:campaignId))")
                .param("lockClass", MEMBER_LOCK_CLASS)
                .param("campaignId", campaignId.toString())
                .query((rs, row) -> 1)
                .list();
    }

    // One lookup per kind of contact, each on its unique (campaign_id, phone) or (campaign_id, email) index. Written as
    // one query with OR and = ANY, the planner took the campaign's list index and filtered every member whenever its
    // statistics predated the campaign (autovacuum off, or a big table not analyzed since): 35-175 ms per sign-up at
    // 21,000 members, with 8 of 10 connections busy with it.
    @Override
    public List<Member> findByContacts(UUID campaignId, Collection<String> phones, Collection<String> emails) {
        Map<UUID, Member> found = new LinkedHashMap<>();
        byContact(campaignId, "phone", phones).forEach(member -> found.put(member.id(), member));
        byContact(campaignId, "email", emails).forEach(member -> found.putIfAbsent(member.id(), member));
        return found.values().stream()
                .sorted(Comparator.comparing(Member::submittedAt).thenComparing(Member::id))
                .toList();
    }

    private List<Member> byContact(UUID campaignId, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        // Joined to the values, the lookup is by both columns of the unique index whatever the statistics say.
        return jdbc.sql("SELECT * FROM campaign_member m WHERE (m.campaign_id, m." + column
                        + ") IN (SELECT CAST(:campaignId AS uuid), unnest(CAST(:values AS varchar[])))")
                .param("campaignId", campaignId)
                .param("values", values.toArray(String[]::new))
                .query(this::toMember)
                .list();
    }

    @Override
    public void insertAll(List<Member> members) {
        JdbcBatches.update(batch, INSERT, members, this::parameters);
    }

    @Override
    public void updateAll(List<Member> members) {
        JdbcBatches.update(batch, UPDATE, members, this::parameters);
    }

    @Override
    public Optional<Member> find(String tenant, UUID campaignId, UUID memberId) {
        return jdbc.sql("SELECT * FROM campaign_member m WHERE m.tenant = :tenant AND m.campaign_id = :campaignId"
                        + " AND m.id = :id")
                .param("tenant", tenant)
                .param("campaignId", campaignId)
                .param("id", memberId)
                .query(this::toMember)
                .optional();
    }

    @Override
    public PageResponse<Member> search(String tenant, UUID campaignId, MemberFilter filter, PageQuery page) {
        TenantQuery where = TenantQuery.of("m", tenant)
                .equal("m.campaign_id", "campaignId", campaignId)
                .equal("m.origin", "origin", filter.origin())
                .equal("m.sync_status", "syncStatus", filter.syncStatus())
                .atLeast("m.submitted_at", "submittedFrom", filter.submittedFrom())
                .below("m.submitted_at", "submittedTo", filter.submittedTo());
        String orderBy = page.orderBy(SORT_COLUMNS, "m.id");
        var search = new PagedSearch.Search("campaign_member", "m", where.sql(), where.params(), orderBy, false);
        return PagedSearch.find(jdbc, search, page, this::toMember);
    }

    @Override
    public List<Member> findUnsynced(String tenant, UUID campaignId, UUID afterId, int limit) {
        TenantQuery where = TenantQuery.of("m", tenant)
                .equal("m.campaign_id", "campaignId", campaignId)
                .when(true, "m.sync_status <> 'SYNCED'")
                .when(afterId, "m.id > :afterId", "afterId");
        return jdbc.sql("SELECT * FROM campaign_member m WHERE " + where.sql() + " ORDER BY m.id LIMIT :limit")
                .params(where.params())
                .param("limit", limit)
                .query(this::toMember)
                .list();
    }

    private MapSqlParameterSource parameters(Member member) {
        return new MapSqlParameterSource()
                .addValue("id", member.id())
                .addValue("tenant", member.tenant())
                .addValue("campaignId", member.campaignId())
                .addValue("formVersion", member.formVersion())
                .addValue("origin", member.origin().name())
                .addValue("answers", json.writeValueAsString(member.answers()))
                .addValue("name", member.name())
                .addValue("phone", member.phone())
                .addValue("email", member.email())
                .addValue("submissions", member.submissions())
                .addValue("syncStatus", member.syncStatus().name())
                .addValue("syncError", member.syncError())
                .addValue("leadId", member.leadId())
                .addValue("customerId", member.customerId())
                .addValue("syncedAt", timestamp(member.syncedAt()))
                .addValue("createdBy", member.createdBy())
                .addValue("submittedAt", timestamp(member.submittedAt()))
                .addValue("updatedAt", timestamp(member.updatedAt()))
                .addValue("version", member.version());
    }

    private Member toMember(ResultSet rs, int row) throws SQLException {
        Map<String, Object> answers = answersReader.readValue(rs.getString("answers"));
        return new Member(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("campaign_id", UUID.class),
                rs.getInt("form_version"),
                MemberOrigin.valueOf(rs.getString("origin")),
                answers,
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getInt("submissions"),
                SyncStatus.valueOf(rs.getString("sync_status")),
                rs.getString("sync_error"),
                rs.getObject("lead_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                instant(rs.getTimestamp("synced_at")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getInt("version"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
