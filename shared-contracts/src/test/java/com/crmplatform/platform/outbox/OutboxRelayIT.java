package com.crmplatform.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import com.crmplatform.platform.sample.PlatformSampleApplication;
import com.crmplatform.platform.test.TcpProxy;
import com.crmplatform.platform.test.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against the real local PostgreSQL and a real (embedded KRaft) Kafka broker: events leave only when
 * their transaction commits, stay in the table while Kafka is down, and arrive once, in order, when it is back.
 */
@SpringBootTest(
        classes = PlatformSampleApplication.class,
        properties = {
            "spring.application.name=platform-sample",
            "crm.outbox.poll-interval=100ms",
            "crm.outbox.max-backoff=1s",
            "spring.kafka.producer.properties.max.block.ms=1000",
            "spring.kafka.producer.properties.delivery.timeout.ms=3000",
            "spring.kafka.producer.properties.request.timeout.ms=1000"
        })
class OutboxRelayIT {

    static final TcpProxy PROXY = new TcpProxy();
    static final int KAFKA_PORT = PROXY.port();
    static final EmbeddedKafkaKraftBroker BROKER = startBroker();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.url("platform"));
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
    }

    @AfterAll
    static void stopBroker() {
        PROXY.close();
        BROKER.destroy();
    }

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventReader reader;

    @Autowired
    OutboxRelay relay;

    @Autowired
    IdempotentConsumer idempotentConsumer;

    @Test
    void relaysCommittedEventsAndNeverRolledBackOnes() {
        UUID committed = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        transaction.executeWithoutResult(status -> publishLeadCreated(committed, "acme"));
        transaction.executeWithoutResult(status -> {
            publishLeadCreated(rolledBack, "acme");
            status.setRollbackOnly();
        });

        List<ConsumerRecord<String, String>> records = consumeUntil(1, committed.toString());

        assertThat(records).extracting(ConsumerRecord::key).containsExactly(committed.toString());
        EventEnvelope<LeadCreated> event =
                reader.read(records.getFirst().value(), LeadEvents.CREATED).orElseThrow();
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(event.source()).isEqualTo("/platform-sample");
        assertThat(event.tenant()).isEqualTo("acme");
        assertThat(event.subject()).isEqualTo(committed.toString());
        assertThat(event.data().leadId()).isEqualTo(committed);
        assertThat(event.data().source()).isEqualTo(LeadSource.TRADE_SHOW);
        assertThat(headerOf(records.getFirst(), "content-type")).startsWith("application/cloudevents+json");
        assertThat(countRows(rolledBack)).isZero();
    }

    @Test
    void keepsEventsWhileKafkaIsDownAndDeliversThemOnceInOrderWhenItIsBack() {
        UUID lead = UUID.randomUUID();
        PROXY.cut();
        try {
            for (int i = 0; i < 3; i++) {
                transaction.executeWithoutResult(status -> publishLeadCreated(lead, "globex"));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> failedDeliveryAttempts() > 0);
            assertThat(unpublished(lead)).isEqualTo(3);
        } finally {
            PROXY.restore();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(lead) == 0);
        List<ConsumerRecord<String, String>> records = consumeUntil(3, lead.toString());
        List<String> ids = records.stream()
                .map(r ->
                        reader.read(r.value(), LeadEvents.CREATED).orElseThrow().id())
                .toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyElementsOf(idsInWriteOrder(lead));
    }

    @Test
    void theRelayVacuumsTheDeadRowsItLeavesBehind() {
        UUID lead = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            transaction.executeWithoutResult(status -> publishLeadCreated(lead, "acme"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(lead) == 0 && countRows(lead) == 5);
        long vacuumsBefore = vacuumCount();

        relay.vacuum();

        await().atMost(Duration.ofSeconds(10)).until(() -> vacuumCount() > vacuumsBefore);
        assertThat(countRows(lead)).isEqualTo(5);
    }

    private long vacuumCount() {
        return jdbc.sql("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'outbox_event'")
                .query(Long.class)
                .single();
    }

    @Test
    void idempotentConsumerAppliesAnEventOnce() {
        UUID lead = UUID.randomUUID();
        EventEnvelope<LeadCreated> event = transaction.execute(status -> publishLeadCreated(lead, "acme"));
        AtomicInteger applied = new AtomicInteger();

        boolean first = idempotentConsumer.applyOnce("test-consumer", event, e -> applied.incrementAndGet());
        boolean second = idempotentConsumer.applyOnce("test-consumer", event, e -> applied.incrementAndGet());
        boolean otherConsumer = idempotentConsumer.applyOnce("other-consumer", event, e -> applied.incrementAndGet());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(otherConsumer).isTrue();
        assertThat(applied).hasValue(2);
    }

    @Test
    void idempotentConsumerForgetsAnEventWhoseEffectFailed() {
        UUID lead = UUID.randomUUID();
        EventEnvelope<LeadCreated> event = transaction.execute(status -> publishLeadCreated(lead, "acme"));

        try {
            idempotentConsumer.applyOnce("failing-consumer", event, e -> {
                throw new IllegalStateException("effect failed");
            });
        } catch (IllegalStateException expected) {
            // the redelivery must find the event not yet applied
        }

        assertThat(idempotentConsumer.applyOnce("failing-consumer", event, e -> {}))
                .isTrue();
    }

    private EventEnvelope<LeadCreated> publishLeadCreated(UUID leadId, String tenant) {
        return outbox.publish(
                LeadEvents.CREATED,
                leadId,
                tenant,
                new LeadCreated(
                        leadId,
                        "Zhang San",
                        "Acme Retail",
                        LeadSource.TRADE_SHOW,
                        null,
                        null,
                        null,
                        "u1",
                        Instant.now()));
    }

    private long countRows(UUID lead) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregateid = ?")
                .param(lead.toString())
                .query(Long.class)
                .single();
    }

    private long unpublished(UUID lead) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregateid = ? AND published_at IS NULL")
                .param(lead.toString())
                .query(Long.class)
                .single();
    }

    /** The relay stops at the oldest event it cannot send (order per key), so count failures on any row. */
    private int failedDeliveryAttempts() {
        return jdbc.sql("SELECT coalesce(sum(attempts), 0) FROM outbox_event WHERE published_at IS NULL")
                .query(Integer.class)
                .single();
    }

    private List<String> idsInWriteOrder(UUID lead) {
        return jdbc.sql("SELECT id::text FROM outbox_event WHERE aggregateid = ? ORDER BY position")
                .param(lead.toString())
                .query(String.class)
                .list();
    }

    private static List<ConsumerRecord<String, String>> consumeUntil(int expected, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + KAFKA_PORT,
                ConsumerConfig.GROUP_ID_CONFIG,
                "outbox-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(LeadEvents.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
            // give a duplicate the chance to show up
            consumer.poll(Duration.ofSeconds(1)).forEach(r -> {
                if (key.equals(r.key())) {
                    found.add(r);
                }
            });
        }
        return found;
    }

    private static String headerOf(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        // Clients only ever see the proxy's address, so cutting the proxy takes the broker "down".
        EmbeddedKafkaKraftBroker kafka =
                new EmbeddedKafkaKraftBroker(1, 1); // topics auto-created: the proxy is not wired yet
        kafka.brokerProperty("advertised.listeners", "EXTERNAL://127.0.0.1:" + PROXY.port());
        kafka.afterPropertiesSet();
        int boundPort = kafka.getCluster()
                .brokers()
                .values()
                .iterator()
                .next()
                .boundPort(org.apache.kafka.common.network.ListenerName.normalised("EXTERNAL"));
        PROXY.forwardTo("127.0.0.1", boundPort);
        return kafka;
    }
}
