package com.crmplatform.billingservice.contract.messaging;

import com.crmplatform.billingservice.contract.domain.ContractReadModel;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the contract read model from deal-service's events, each applied once however often Kafka delivers it.
 * Every contract event carries the contract's whole state, so every type is applied the same way; the topic is keyed
 * by contract id, so a contract's events arrive in order (and the stored version guards against an older one anyway).
 */
@Component
class ContractEventsListener {

    static final String CONSUMER = "billing-service.contract-read-model";

    private static final Map<String, EventType<ContractChanged>> TYPES =
            ContractEvents.ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final ContractReadModel model;

    ContractEventsListener(EventReader events, IdempotentConsumer idempotent, ContractReadModel model) {
        this.events = events;
        this.idempotent = idempotent;
        this.model = model;
    }

    @KafkaListener(topics = ContractEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        EventType<ContractChanged> type = TYPES.get(events.typeOf(record.value()));
        if (type != null) {
            events.read(record.value(), type)
                    .ifPresent(event -> idempotent.applyOnce(CONSUMER, event, e -> model.apply(e.tenant(), e.data())));
        }
    }
}
