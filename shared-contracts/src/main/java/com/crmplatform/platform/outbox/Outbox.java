package com.crmplatform.platform.outbox;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a service publishes an event: {@link #publish} writes the event, in its CloudEvents envelope, to
 * the {@code outbox_event} table inside the caller's transaction. {@link OutboxRelay} sends it to Kafka after the
 * commit, so an event exists if and only if the change it describes was committed.
 */
public class Outbox {

    private final OutboxRepository repository;
    private final String source;
    private final Clock clock;
    private final ObjectProvider<Tracer> tracer;

    public Outbox(OutboxRepository repository, String source, Clock clock, ObjectProvider<Tracer> tracer) {
        this.repository = repository;
        this.source = source;
        this.clock = clock;
        this.tracer = tracer;
    }

    /**
     * Records an event about one aggregate. Must run inside the transaction that makes the change.
     *
     * @param aggregateId the aggregate's id: the CloudEvents subject and the Kafka record key
     * @return the envelope as it will be sent
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> EventEnvelope<T> publish(EventType<T> type, Object aggregateId, String tenant, T payload) {
        EventEnvelope<T> envelope = envelope(type, aggregateId, tenant, payload);
        repository.insert(type.topic(), envelope, currentTraceparent());
        return envelope;
    }

    /**
     * Records one event of the same type per payload, in the given order, with batched inserts: the way to
     * publish the events of a bulk change (an import of thousands of rows) inside its transaction.
     *
     * @param aggregateIdOf the aggregate id of each payload: the CloudEvents subject and the Kafka record key
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> List<EventEnvelope<T>> publishAll(
            EventType<T> type, String tenant, List<T> payloads, Function<T, Object> aggregateIdOf) {
        List<EventEnvelope<T>> envelopes = payloads.stream()
                .map(payload -> envelope(type, aggregateIdOf.apply(payload), tenant, payload))
                .toList();
        repository.insertAll(type.topic(), envelopes, currentTraceparent());
        return envelopes;
    }

    private <T> EventEnvelope<T> envelope(EventType<T> type, Object aggregateId, String tenant, T payload) {
        return new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type.type(),
                String.valueOf(aggregateId),
                Instant.now(clock),
                EventEnvelope.DATA_CONTENT_TYPE,
                tenant,
                payload);
    }

    private String currentTraceparent() {
        Tracer current = tracer.getIfAvailable();
        if (current == null || current.currentSpan() == null) {
            return null;
        }
        var context = current.currentSpan().context();
        String sampled = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + sampled;
    }
}
