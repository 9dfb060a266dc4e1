package com.crmplatform.leadservice.followup.persistence;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.leadservice.followup.domain.FollowUp;
import com.crmplatform.leadservice.followup.domain.FollowUpRepository;
import com.crmplatform.platform.paging.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code follow_up} table; every query scoped by tenant first. */
@Repository
class JdbcFollowUpRepository implements FollowUpRepository {

    static final Map<String, String> SORT_COLUMNS = Map.of("occurredAt", "occurred_at", "createdAt", "created_at");

    private final JdbcClient jdbc;

    JdbcFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(FollowUp followUp) {
        jdbc.sql("""
                INSERT INTO follow_up (id, tenant, lead_id, type, content, occurred_at, next_follow_up_at, created_by,
                                       created_at)
                VALUES (:id, :tenant, :leadId, :type, :content, :occurredAt, :nextFollowUpAt, :createdBy, :createdAt)
                """)
                .param("id", followUp.id())
                .param("tenant", followUp.tenant())
                .param("leadId", followUp.leadId())
                .param("type", followUp.type().name())
                .param("content", followUp.content())
                .param("occurredAt", Timestamp.from(followUp.occurredAt()))
                .param(
                        "nextFollowUpAt",
                        followUp.nextFollowUpAt() == null ? null : Timestamp.from(followUp.nextFollowUpAt()))
                .param("createdBy", followUp.createdBy())
                .param("createdAt", Timestamp.from(followUp.createdAt()))
                .update();
    }

    @Override
    public PageResponse<FollowUp> ofLead(String tenant, UUID leadId, PageQuery page) {
        long total = jdbc.sql("SELECT count(*) FROM follow_up WHERE tenant = :tenant AND lead_id = :leadId")
                .param("tenant", tenant)
                .param("leadId", leadId)
                .query(Long.class)
                .single();
        List<FollowUp> items = jdbc.sql("SELECT * FROM follow_up WHERE tenant = :tenant AND lead_id = :leadId ORDER BY "
                        + page.orderBy(SORT_COLUMNS, "id") + " LIMIT :limit OFFSET :offset")
                .param("tenant", tenant)
                .param("leadId", leadId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcFollowUpRepository::toFollowUp)
                .list();
        return PageResponse.of(items, page.page(), page.size(), total);
    }

    private static FollowUp toFollowUp(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp("next_follow_up_at");
        return new FollowUp(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("lead_id", UUID.class),
                FollowUpType.valueOf(rs.getString("type")),
                rs.getString("content"),
                rs.getTimestamp("occurred_at").toInstant(),
                next == null ? null : next.toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
