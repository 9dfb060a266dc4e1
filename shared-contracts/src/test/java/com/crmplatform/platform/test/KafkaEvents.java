package com.crmplatform.platform.test;

import com.crmplatform.contracts.event.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what a service really published to the embedded broker, for integration tests to assert on. */
public final class KafkaEvents {

    private KafkaEvents() {}

    /**
     * The envelopes of {@code type} with record key {@code key} on the type's topic, from the start of the topic,
     * waiting up to 30 s until {@code count} arrived; fails the test when fewer did.
     */
    public static List<JsonNode> await(
            EmbeddedKafkaBroker kafka, JsonMapper json, String key, EventType<?> type, int count) {
        Map<String, Object> config = KafkaTestUtils.consumerProps(kafka, "it-" + UUID.randomUUID(), false);
        List<JsonNode> found = new ArrayList<>();
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(
                        config, new StringDeserializer(), new StringDeserializer())
                .createConsumer()) {
            consumer.subscribe(List.of(type.topic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && found.size() < count) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    JsonNode envelope = json.readTree(record.value());
                    if (key.equals(record.key())
                            && envelope.get("type").asString().equals(type.type())) {
                        found.add(envelope);
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " " + type.type() + " for " + key + ", got " + found.size());
        }
        return found;
    }

    /**
     * Every envelope of {@code type} with record key {@code key} on the type's topic right now, read from the start
     * to the end offsets: an exact count, so "published once" can be asserted (wait for the outbox to drain first).
     */
    public static List<JsonNode> all(EmbeddedKafkaBroker kafka, JsonMapper json, String key, EventType<?> type) {
        List<JsonNode> found = new ArrayList<>();
        Map<String, Object> config = KafkaTestUtils.consumerProps(kafka, "it-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(
                        config, new StringDeserializer(), new StringDeserializer())
                .createConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(type.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return found; // nothing was ever sent to the topic
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    JsonNode envelope = json.readTree(record.value());
                    if (key.equals(record.key())
                            && envelope.get("type").asString().equals(type.type())) {
                        found.add(envelope);
                    }
                }
            }
        }
        return found;
    }
}
