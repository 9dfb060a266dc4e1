package com.crmplatform.dealservice.customer.messaging;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.dealservice.customer.domain.CustomerReadModel;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the customer read model from customer-service's events, each applied once however often Kafka delivers
 * it. One topic keyed by customer id keeps a customer's events (its contacts' included) in order.
 */
@Component
class CustomerEventsListener {

    static final String CONSUMER = "deal-service.customer-read-model";

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final Map<String, Consumer<String>> handlers;

    CustomerEventsListener(EventReader events, IdempotentConsumer idempotent, CustomerReadModel model) {
        this.events = events;
        this.idempotent = idempotent;
        this.handlers = Map.of(
                CustomerEvents.CREATED.type(),
                        handler(CustomerEvents.CREATED, e -> model.created(e.tenant(), e.data())),
                CustomerEvents.UPDATED.type(),
                        handler(CustomerEvents.UPDATED, e -> model.updated(e.tenant(), e.data())),
                CustomerEvents.OWNER_CHANGED.type(),
                        handler(CustomerEvents.OWNER_CHANGED, e -> model.ownerChanged(e.tenant(), e.data())),
                CustomerEvents.DELETED.type(),
                        handler(
                                CustomerEvents.DELETED,
                                e -> model.deleted(
                                        e.tenant(),
                                        e.data().customerId(),
                                        true,
                                        e.data().deletedAt())),
                CustomerEvents.RESTORED.type(),
                        handler(
                                CustomerEvents.RESTORED,
                                e -> model.deleted(
                                        e.tenant(),
                                        e.data().customerId(),
                                        false,
                                        e.data().restoredAt())),
                CustomerEvents.CONTACT_CREATED.type(),
                        handler(CustomerEvents.CONTACT_CREATED, e -> model.contactChanged(e.tenant(), e.data(), false)),
                CustomerEvents.CONTACT_UPDATED.type(),
                        handler(CustomerEvents.CONTACT_UPDATED, e -> model.contactChanged(e.tenant(), e.data(), false)),
                CustomerEvents.CONTACT_DELETED.type(),
                        handler(CustomerEvents.CONTACT_DELETED, e -> model.contactChanged(e.tenant(), e.data(), true)));
    }

    @KafkaListener(topics = CustomerEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        Consumer<String> handler = handlers.get(events.typeOf(record.value()));
        if (handler != null) {
            handler.accept(record.value());
        }
    }

    private <T> Consumer<String> handler(EventType<T> type, Consumer<EventEnvelope<T>> effect) {
        return value -> events.read(value, type).ifPresent(event -> idempotent.applyOnce(CONSUMER, event, effect));
    }
}
