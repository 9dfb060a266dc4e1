package com.crmplatform.customerservice.followup.persistence;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.customerservice.customer.domain.CustomerFollowUps;
import com.crmplatform.customerservice.followup.domain.FollowUp;
import com.crmplatform.customerservice.followup.domain.FollowUpRepository;
import com.crmplatform.platform.paging.PageQuery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-ups in PostgreSQL; every query is scoped by tenant first. */
@Repository
class JdbcFollowUpRepository implements FollowUpRepository, CustomerFollowUps {

    static final Map<String, String> SORT_COLUMNS = Map.of("occurredAt", "occurred_at", "createdAt", "created_at");

    private final JdbcClient jdbc;

    JdbcFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(FollowUp f) {
        jdbc.sql("""
                INSERT INTO follow_up (id, tenant, customer_id, type, content, occurred_at, next_follow_up_at,
                                       contact_ids, created_by, created_at)
                VALUES (:id, :tenant, :customerId, :type, :content, :occurredAt, :next,
                        CAST(string_to_array(:contactIds, ',') AS UUID[]), :createdBy, :createdAt)
                """)
                .param("id", f.id())
                .param("tenant", f.tenant())
                .param("customerId", f.customerId())
                .param("type", f.type().name())
                .param("content", f.content())
                .param("occurredAt", Timestamp.from(f.occurredAt()))
                .param("next", f.nextFollowUpAt() == null ? null : Timestamp.from(f.nextFollowUpAt()))
                .param("contactIds", f.contactIds().stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("createdBy", f.createdBy())
                .param("createdAt", Timestamp.from(f.createdAt()))
                .update();
    }

    @Override
    public PageResponse<FollowUp> ofCustomer(String tenant, UUID customerId, PageQuery page) {
        long total = jdbc.sql("SELECT count(*) FROM follow_up WHERE tenant = :tenant AND customer_id = :customerId")
                .param("tenant", tenant)
                .param("customerId", customerId)
                .query(Long.class)
                .single();
        List<FollowUp> items = jdbc.sql("SELECT * FROM follow_up WHERE tenant = :tenant AND customer_id = :customerId"
                        + " ORDER BY " + page.orderBy(SORT_COLUMNS, "id") + " LIMIT :limit OFFSET :offset")
                .param("tenant", tenant)
                .param("customerId", customerId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(JdbcFollowUpRepository::toFollowUp)
                .list();
        return PageResponse.of(items, page.page(), page.size(), total);
    }

    @Override
    public List<RecentFollowUp> latest(String tenant, UUID customerId, int limit) {
        return jdbc
                .sql("""
                        SELECT * FROM follow_up WHERE tenant = :tenant AND customer_id = :customerId
                        ORDER BY occurred_at DESC, created_at DESC, id LIMIT :limit
                        """)
                .param("tenant", tenant)
                .param("customerId", customerId)
                .param("limit", limit)
                .query(JdbcFollowUpRepository::toFollowUp)
                .list()
                .stream()
                .map(f -> new RecentFollowUp(
                        f.id(),
                        f.type().name(),
                        f.content(),
                        f.occurredAt(),
                        f.nextFollowUpAt(),
                        f.contactIds(),
                        f.createdBy()))
                .toList();
    }

    private static FollowUp toFollowUp(ResultSet rs, int row) throws SQLException {
        Array contactIds = rs.getArray("contact_ids");
        Timestamp next = rs.getTimestamp("next_follow_up_at");
        return new FollowUp(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("customer_id", UUID.class),
                FollowUpType.valueOf(rs.getString("type")),
                rs.getString("content"),
                rs.getTimestamp("occurred_at").toInstant(),
                next == null ? null : next.toInstant(),
                contactIds == null ? List.of() : List.of((UUID[]) contactIds.getArray()),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
