package com.crmplatform.leadservice.pool.persistence;

import com.crmplatform.leadservice.pool.domain.AutoAssignment;
import com.crmplatform.leadservice.pool.domain.AutoAssignmentRepository;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code lead_auto_assignment} table: one row per tenant that ever set it; {@code turns} is the cursor. */
@Repository
class JdbcAutoAssignmentRepository implements AutoAssignmentRepository {

    private final JdbcClient jdbc;

    JdbcAutoAssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AutoAssignment> find(String tenant) {
        return jdbc.sql("SELECT * FROM lead_auto_assignment WHERE tenant = :tenant")
                .param("tenant", tenant)
                .query(JdbcAutoAssignmentRepository::toAutoAssignment)
                .optional();
    }

    @Override
    public boolean isEnabled(String tenant) {
        return jdbc.sql("""
                        SELECT count(*) FROM lead_auto_assignment
                         WHERE tenant = :tenant AND enabled AND cardinality(salespeople) > 0
                        """).param("tenant", tenant).query(Integer.class).single() > 0;
    }

    @Override
    public void save(String tenant, boolean enabled, List<String> salespeople, String updatedBy, Instant updatedAt) {
        jdbc.sql("""
                INSERT INTO lead_auto_assignment (tenant, enabled, salespeople, turns, updated_by, updated_at)
                VALUES (:tenant, :enabled, CAST(:salespeople AS text[]), 0, :updatedBy, :updatedAt)
                ON CONFLICT (tenant) DO UPDATE
                   SET enabled = EXCLUDED.enabled,
                       salespeople = EXCLUDED.salespeople,
                       turns = CASE WHEN lead_auto_assignment.salespeople = EXCLUDED.salespeople
                                    THEN lead_auto_assignment.turns ELSE 0 END,
                       updated_by = EXCLUDED.updated_by,
                       updated_at = EXCLUDED.updated_at
                """)
                .param("tenant", tenant)
                .param("enabled", enabled)
                .param("salespeople", salespeople.toArray(String[]::new))
                .param("updatedBy", updatedBy)
                .param("updatedAt", Timestamp.from(updatedAt))
                .update();
    }

    @Override
    public List<String> takeTurns(String tenant, int count) {
        return jdbc.sql("""
                        UPDATE lead_auto_assignment
                           SET turns = turns + :count
                         WHERE tenant = :tenant AND enabled AND cardinality(salespeople) > 0
                        RETURNING salespeople, turns - :count AS first_turn
                        """)
                .param("tenant", tenant)
                .param("count", count)
                .query((rs, row) -> turns(strings(rs.getArray("salespeople")), rs.getLong("first_turn"), count))
                .optional()
                .orElse(List.of());
    }

    /** Whose turns {@code first}, {@code first + 1}, … are: the salespeople in order, round and round. */
    private static List<String> turns(List<String> salespeople, long first, int count) {
        List<String> turns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            turns.add(salespeople.get((int) ((first + i) % salespeople.size())));
        }
        return turns;
    }

    @Override
    public void removeSalesperson(String tenant, String userId) {
        jdbc.sql("""
                UPDATE lead_auto_assignment
                   SET salespeople = array_remove(salespeople, CAST(:userId AS text)), turns = 0
                 WHERE tenant = :tenant AND CAST(:userId AS text) = ANY(salespeople)
                """).param("tenant", tenant).param("userId", userId).update();
    }

    private static AutoAssignment toAutoAssignment(ResultSet rs, int row) throws SQLException {
        List<String> salespeople = strings(rs.getArray("salespeople"));
        long turns = rs.getLong("turns");
        return new AutoAssignment(
                rs.getBoolean("enabled"),
                salespeople,
                salespeople.isEmpty() ? null : salespeople.get((int) (turns % salespeople.size())),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
