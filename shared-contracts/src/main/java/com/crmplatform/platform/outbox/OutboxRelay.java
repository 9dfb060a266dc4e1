package com.crmplatform.platform.outbox;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.platform.outbox.OutboxRepository.PendingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox rows to Kafka, oldest first, and marks them published once the broker has acknowledged
 * them. One relay at a time holds a PostgreSQL advisory lock, so events of one aggregate key leave in the order
 * they were written, even with several instances of a service. When Kafka is down the rows stay, and the relay
 * retries with a growing pause (up to {@code crm.outbox.max-backoff}); delivery is at least once and consumers
 * are idempotent.
 */
public class OutboxRelay implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transaction;
    private final OutboxProperties properties;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile int consecutiveFailures;
    private volatile boolean closing;

    public OutboxRelay(
            OutboxRepository repository,
            KafkaTemplate<String, String> kafka,
            TransactionTemplate transaction,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.repository = repository;
        this.kafka = kafka;
        this.transaction = transaction;
        this.properties = properties;
        meters.gauge("crm.outbox.pending", this, relay -> relay.repository.countPending());
    }

    /** On shutdown the relay stops starting batches: what is not sent yet stays in the table for the next start. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing = true;
    }

    @Scheduled(fixedDelayString = "${crm.outbox.poll-interval:200ms}")
    public void relayPending() {
        if (closing || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        int sent;
        do {
            sent = relayBatch();
        } while (sent == properties.batchSize() && !closing);
    }

    /** Sends one batch; returns how many events were published. */
    public int relayBatch() {
        Integer sent = transaction.execute(status -> {
            if (!repository.tryRelayLock()) {
                return 0;
            }
            List<PendingEvent> pending = repository.pending(properties.batchSize());
            return pending.isEmpty() ? 0 : sendInOrder(pending);
        });
        return sent == null ? 0 : sent;
    }

    private int sendInOrder(List<PendingEvent> pending) {
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
        try {
            for (PendingEvent event : pending) {
                sends.add(kafka.send(toRecord(event)));
            }
        } catch (RuntimeException e) {
            // send() itself throws when metadata cannot be fetched in time (broker unreachable)
            sends.add(CompletableFuture.failedFuture(e));
        }
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                published.add(pending.get(i).position());
            } catch (Exception e) {
                PendingEvent failed = pending.get(Math.min(i, pending.size() - 1));
                repository.markFailed(failed.position(), rootMessage(e));
                onFailure(e);
                break;
            }
        }
        repository.markPublished(published);
        if (published.size() == pending.size()) {
            consecutiveFailures = 0;
        }
        return published.size();
    }

    private ProducerRecord<String, String> toRecord(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.envelopeJson());
        record.headers().add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (event.traceparent() != null) {
            record.headers().add("traceparent", event.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private void onFailure(Exception e) {
        consecutiveFailures++;
        long pauseMillis =
                Math.min(properties.maxBackoff().toMillis(), 500L * (1L << Math.min(consecutiveFailures - 1, 10)));
        pausedUntil = Instant.now().plus(Duration.ofMillis(pauseMillis));
        log.warn(
                "Outbox relay could not reach Kafka ({} in a row), retrying in {} ms: {}",
                consecutiveFailures,
                pauseMillis,
                rootMessage(e));
        // A fresh producer after a failure: it may have been fenced or have lost its cluster
        kafka.getProducerFactory().reset();
    }

    @Scheduled(fixedDelayString = "${crm.outbox.purge-interval:1h}", initialDelayString = "1m")
    public void purgePublished() {
        int purged = repository.purgePublishedOlderThan(properties.retention());
        if (purged > 0) {
            log.info("Purged {} published outbox events older than {}", purged, properties.retention());
        }
    }

    /**
     * Every row is updated once when it is sent, so the table gathers a dead row per event. Autovacuum would clean
     * them up, but it is off on some machines (these development machines among them), and its default thresholds
     * lag far behind a relay that sends a thousand events a second. The relay's query for pending rows then reads
     * millions of dead ones, so the relay vacuums its own table.
     */
    @Scheduled(
            fixedDelayString = "${crm.outbox.vacuum-interval:5m}",
            initialDelayString = "${crm.outbox.vacuum-interval:5m}")
    public void vacuum() {
        repository.vacuum();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
