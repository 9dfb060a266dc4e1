package com.crmplatform.platform.messaging;

import com.crmplatform.contracts.event.EventEnvelope;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event id once per consumer: the {@code processed_event} row and the effect are written in one
 * database transaction, so a redelivered event (the outbox sends at least once) changes nothing.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public IdempotentConsumer(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Runs {@code effect} for this event unless {@code consumer} has already applied it.
     *
     * @return true when the effect ran, false for a duplicate
     */
    public <T> boolean applyOnce(String consumer, EventEnvelope<T> event, Consumer<EventEnvelope<T>> effect) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int inserted = jdbc.sql("""
                    INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (:consumer, :id, now())
                    ON CONFLICT DO NOTHING
                    """)
                    .param("consumer", consumer)
                    .param("id", UUID.fromString(event.id()))
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        }));
    }
}
