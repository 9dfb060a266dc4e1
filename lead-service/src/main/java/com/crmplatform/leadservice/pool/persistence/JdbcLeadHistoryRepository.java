package com.crmplatform.leadservice.pool.persistence;

import com.crmplatform.leadservice.pool.domain.LeadHistoryRepository;
import com.crmplatform.leadservice.pool.domain.OwnershipAction;
import com.crmplatform.leadservice.pool.domain.OwnershipChange;
import com.crmplatform.platform.jdbc.JdbcBatches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code lead_history} table; every query scoped by tenant first. */
@Repository
class JdbcLeadHistoryRepository implements LeadHistoryRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcLeadHistoryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    private static final String INSERT = """
            INSERT INTO lead_history (id, tenant, lead_id, action, from_owner, to_owner, reason, actor, occurred_at)
            VALUES (:id, :tenant, :leadId, :action, :fromOwner, :toOwner, :reason, :actor, :occurredAt)
            """;

    @Override
    public void insert(OwnershipChange change) {
        jdbc.sql(INSERT).paramSource(row(change)).update();
    }

    @Override
    public void insertAll(List<OwnershipChange> changes) {
        JdbcBatches.update(batch, INSERT, changes, JdbcLeadHistoryRepository::row);
    }

    private static MapSqlParameterSource row(OwnershipChange change) {
        return new MapSqlParameterSource()
                .addValue("id", change.id())
                .addValue("tenant", change.tenant())
                .addValue("leadId", change.leadId())
                .addValue("action", change.action().name())
                .addValue("fromOwner", change.fromOwner())
                .addValue("toOwner", change.toOwner())
                .addValue("reason", change.reason())
                .addValue("actor", change.actor())
                .addValue("occurredAt", Timestamp.from(change.occurredAt()));
    }

    @Override
    public List<OwnershipChange> of(String tenant, UUID leadId) {
        return jdbc.sql("""
                        SELECT * FROM lead_history
                         WHERE tenant = :tenant AND lead_id = :leadId
                         ORDER BY occurred_at, id
                        """)
                .param("tenant", tenant)
                .param("leadId", leadId)
                .query(JdbcLeadHistoryRepository::toChange)
                .list();
    }

    private static OwnershipChange toChange(ResultSet rs, int row) throws SQLException {
        return new OwnershipChange(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("lead_id", UUID.class),
                OwnershipAction.valueOf(rs.getString("action")),
                rs.getString("from_owner"),
                rs.getString("to_owner"),
                rs.getString("reason"),
                rs.getString("actor"),
                rs.getTimestamp("occurred_at").toInstant());
    }
}
