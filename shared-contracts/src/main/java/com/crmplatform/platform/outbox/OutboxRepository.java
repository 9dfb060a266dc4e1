package com.crmplatform.platform.outbox;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.platform.jdbc.JdbcBatches;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The {@code outbox_event} table (Debezium's outbox shape plus delivery bookkeeping). */
public class OutboxRepository {

    /** Key of the PostgreSQL advisory lock that lets one relay at a time send, which keeps per-key order. */
    static final long RELAY_LOCK_KEY = 0x0B0C_0E5L;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    public OutboxRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, aggregateid, type, tenant, payload, traceparent, occurred_at)
            VALUES (:id, :topic, :aggregateId, :type, :tenant, CAST(:payload AS jsonb), :traceparent, :occurredAt)
            """;

    void insert(String topic, EventEnvelope<?> envelope, String traceparent) {
        jdbc.sql(INSERT).paramSource(row(topic, envelope, traceparent)).update();
    }

    void insertAll(String topic, List<? extends EventEnvelope<?>> envelopes, String traceparent) {
        JdbcBatches.update(batch, INSERT, envelopes, envelope -> row(topic, envelope, traceparent));
    }

    private MapSqlParameterSource row(String topic, EventEnvelope<?> envelope, String traceparent) {
        return new MapSqlParameterSource()
                .addValue("id", UUID.fromString(envelope.id()))
                .addValue("topic", topic)
                .addValue("aggregateId", envelope.subject())
                .addValue("type", envelope.type())
                .addValue("tenant", envelope.tenant())
                .addValue("payload", json.writeValueAsString(envelope))
                .addValue("traceparent", traceparent)
                .addValue("occurredAt", java.sql.Timestamp.from(envelope.time()));
    }

    boolean tryRelayLock() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
                .param("key", RELAY_LOCK_KEY)
                .query(Boolean.class)
                .single());
    }

    List<PendingEvent> pending(int limit) {
        return jdbc.sql("""
                SELECT position, topic, aggregateid, payload::text AS payload, traceparent
                FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT :limit
                """)
                .param("limit", limit)
                .query((rs, row) -> new PendingEvent(
                        rs.getLong("position"),
                        rs.getString("topic"),
                        rs.getString("aggregateid"),
                        rs.getString("payload"),
                        rs.getString("traceparent")))
                .list();
    }

    void markPublished(List<Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE outbox_event SET published_at = now() WHERE position = ANY(:positions)")
                .param("positions", positions.toArray(Long[]::new))
                .update();
    }

    void markFailed(long position, String error) {
        jdbc.sql("UPDATE outbox_event SET attempts = attempts + 1, last_error = :error WHERE position = :position")
                .param("error", error)
                .param("position", position)
                .update();
    }

    int purgePublishedOlderThan(Duration retention) {
        return jdbc.sql("DELETE FROM outbox_event WHERE published_at < now() - CAST(:retention AS interval)")
                .param("retention", retention.toSeconds() + " seconds")
                .update();
    }

    /** {@code VACUUM (ANALYZE)}: needs autocommit, so never call it inside a transaction. */
    void vacuum() {
        jdbc.sql("VACUUM (ANALYZE) outbox_event").update();
    }

    long countPending() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
                .query(Long.class)
                .single();
    }

    record PendingEvent(long position, String topic, String key, String envelopeJson, String traceparent) {}
}
