package com.crmplatform.dealservice.followup.persistence;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.dealservice.followup.domain.FollowUp;
import com.crmplatform.dealservice.followup.domain.FollowUpRepository;
import com.crmplatform.platform.paging.PageQuery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opportunity follow-ups in PostgreSQL; every query is scoped by tenant first. */
@Repository
class JdbcFollowUpRepository implements FollowUpRepository {

    static final Map<String, String> SORT_COLUMNS = Map.of("occurredAt", "occurred_at", "createdAt", "created_at");

    private final JdbcClient jdbc;

    JdbcFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(FollowUp f) {
        jdbc.sql("""
                INSERT INTO opportunity_follow_up (id, tenant, opportunity_id, type, content, occurred_at,
                                                   next_follow_up_at, contact_ids, created_by, created_at)
                VALUES (:id, :tenant, :opportunityId, :type, :content, :occurredAt, :next,
                        CAST(string_to_array(:contactIds, ',') AS UUID[]), :createdBy, :createdAt)
                """)
                .param("id", f.id())
                .param("tenant", f.tenant())
                .param("opportunityId", f.opportunityId())
                .param("type", f.type().name())
                .param("content", f.content())
                .param("occurredAt", Timestamp.from(f.occurredAt()))
                .param("next", f.nextFollowUpAt() == null ? null : Timestamp.from(f.nextFollowUpAt()))
                .param(
                        "contactIds",
                        String.join(
                                ",", f.contactIds().stream().map(UUID::toString).toList()))
                .param("createdBy", f.createdBy())
                .param("createdAt", Timestamp.from(f.createdAt()))
                .update();
    }

    @Override
    public PageResponse<FollowUp> ofOpportunity(String tenant, UUID opportunityId, PageQuery page) {
        String where = " FROM opportunity_follow_up WHERE tenant = :tenant AND opportunity_id = :opportunityId";
        long total = jdbc.sql("SELECT count(*)" + where)
                .param("tenant", tenant)
                .param("opportunityId", opportunityId)
                .query(Long.class)
                .single();
        List<FollowUp> items = jdbc.sql("SELECT *" + where + " ORDER BY " + page.orderBy(SORT_COLUMNS, "id")
                        + " LIMIT :limit OFFSET :offset")
                .param("tenant", tenant)
                .param("opportunityId", opportunityId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcFollowUpRepository::toFollowUp)
                .list();
        return PageResponse.of(items, page.page(), page.size(), total);
    }

    private static FollowUp toFollowUp(ResultSet rs, int row) throws SQLException {
        Array contactIds = rs.getArray("contact_ids");
        Timestamp next = rs.getTimestamp("next_follow_up_at");
        return new FollowUp(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("opportunity_id", UUID.class),
                FollowUpType.valueOf(rs.getString("type")),
                rs.getString("content"),
                rs.getTimestamp("occurred_at").toInstant(),
                next == null ? null : next.toInstant(),
                contactIds == null ? List.of() : List.of((UUID[]) contactIds.getArray()),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
