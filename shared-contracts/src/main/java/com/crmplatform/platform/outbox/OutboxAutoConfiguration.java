package com.crmplatform.platform.outbox;

import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The transactional outbox, its relay to Kafka, and the idempotent-consumer helper. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    /**
     * Ticks in microseconds, what PostgreSQL's timestamps keep: a time a service answers right after a write is the
     * time a later read of the same row answers (with nanoseconds, {@code createdAt} differed between the two).
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Bean
    OutboxRepository outboxRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        return new OutboxRepository(jdbc, batch, json);
    }

    @Bean
    Outbox outbox(
            OutboxRepository repository,
            @Value("${spring.application.name}") String applicationName,
            Clock clock,
            ObjectProvider<Tracer> tracer) {
        return new Outbox(repository, "/" + applicationName, clock, tracer);
    }

    @Bean
    @ConditionalOnProperty(name = "crm.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(
            OutboxRepository repository,
            KafkaTemplate<String, String> kafka,
            TransactionTemplate transaction,
            OutboxProperties properties,
            MeterRegistry meters) {
        return new OutboxRelay(repository, kafka, transaction, properties, meters);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, TransactionTemplate transaction) {
        return new IdempotentConsumer(jdbc, transaction);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }
}
