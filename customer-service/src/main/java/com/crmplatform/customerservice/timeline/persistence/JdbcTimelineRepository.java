package com.crmplatform.customerservice.timeline.persistence;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.customerservice.timeline.domain.TimelineItem;
import com.crmplatform.customerservice.timeline.domain.TimelineRepository;
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

/** {@code follow_up} and {@code customer_history} merged in one query, so paging works across both. */
@Repository
class JdbcTimelineRepository implements TimelineRepository {

    static final Map<String, String> SORT_COLUMNS = Map.of("at", "happened_at");

    private static final String MERGED = """
            SELECT 'FOLLOW_UP' AS kind, id, occurred_at AS happened_at, created_by AS actor,
                   type AS follow_up_type, content, next_follow_up_at, contact_ids, CAST(NULL AS VARCHAR) AS change,
                   CAST(NULL AS VARCHAR) AS from_owner_id, CAST(NULL AS VARCHAR) AS to_owner_id,
                   CAST(NULL AS VARCHAR) AS reason
              FROM follow_up WHERE tenant = :tenant AND customer_id = :customerId
            UNION ALL
            SELECT 'OWNER_CHANGE', id, changed_at, changed_by, NULL, NULL, NULL, NULL, change, from_owner_id,
                   to_owner_id, reason
              FROM customer_history WHERE tenant = :tenant AND customer_id = :customerId
            """;

    private final JdbcClient jdbc;

    JdbcTimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PageResponse<TimelineItem> of(String tenant, UUID customerId, PageQuery page) {
        long total = jdbc.sql("SELECT count(*) FROM (" + MERGED + ") t")
                .param("tenant", tenant)
                .param("customerId", customerId)
                .query(Long.class)
                .single();
        List<TimelineItem> items = jdbc.sql("SELECT * FROM (" + MERGED + ") t ORDER BY "
                        + page.orderBy(SORT_COLUMNS, "id DESC") + " LIMIT :limit OFFSET :offset")
                .param("tenant", tenant)
                .param("customerId", customerId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcTimelineRepository::toItem)
                .list();
        return PageResponse.of(items, page.page(), page.size(), total);
    }

    private static TimelineItem toItem(ResultSet rs, int row) throws SQLException {
        Array contactIds = rs.getArray("contact_ids");
        Timestamp next = rs.getTimestamp("next_follow_up_at");
        return new TimelineItem(
                TimelineItem.Type.valueOf(rs.getString("kind")),
                rs.getObject("id", UUID.class),
                rs.getTimestamp("happened_at").toInstant(),
                rs.getString("actor"),
                rs.getString("follow_up_type"),
                rs.getString("content"),
                next == null ? null : next.toInstant(),
                contactIds == null ? null : List.of((UUID[]) contactIds.getArray()),
                rs.getString("change"),
                rs.getString("from_owner_id"),
                rs.getString("to_owner_id"),
                rs.getString("reason"));
    }
}
