package com.crmplatform.customerservice.pool.persistence;

import com.crmplatform.contracts.customer.OwnerChange;
import com.crmplatform.customerservice.pool.domain.HistoryEntry;
import com.crmplatform.customerservice.pool.domain.HistoryRepository;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code customer_history} through plain SQL, scoped by tenant first. */
@Repository
class JdbcHistoryRepository implements HistoryRepository {

    private final JdbcClient jdbc;

    JdbcHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(HistoryEntry e) {
        jdbc.sql("""
                INSERT INTO customer_history (id, tenant, customer_id, change, from_owner_id, to_owner_id, reason,
                                              changed_by, changed_at)
                VALUES (:id, :tenant, :customerId, :change, :from, :to, :reason, :by, :at)
                """)
                .param("id", e.id())
                .param("tenant", e.tenant())
                .param("customerId", e.customerId())
                .param("change", e.change().name())
                .param("from", e.fromOwnerId())
                .param("to", e.toOwnerId())
                .param("reason", e.reason())
                .param("by", e.changedBy())
                .param("at", Timestamp.from(e.changedAt()))
                .update();
    }

    @Override
    public List<HistoryEntry> of(String tenant, UUID customerId) {
        return jdbc.sql("""
                        SELECT * FROM customer_history WHERE tenant = :tenant AND customer_id = :customerId
                        ORDER BY changed_at DESC, id
                        """)
                .param("tenant", tenant)
                .param("customerId", customerId)
                .query((rs, row) -> new HistoryEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("tenant"),
                        rs.getObject("customer_id", UUID.class),
                        OwnerChange.valueOf(rs.getString("change")),
                        rs.getString("from_owner_id"),
                        rs.getString("to_owner_id"),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
