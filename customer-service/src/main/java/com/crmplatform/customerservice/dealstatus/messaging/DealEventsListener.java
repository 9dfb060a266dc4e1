package com.crmplatform.customerservice.dealstatus.messaging;

import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.deal.CustomerDeal;
import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.customerservice.dealstatus.domain.DealStatusService;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads deal-service's opportunity and contract events and keeps each customer's deal status from the
 * {@code customerDeal} every state change carries. Each event id is applied once however often Kafka delivers it;
 * the order across the two topics does not matter, since the domain keeps the highest sequence. Other types on the
 * topics (an opportunity's follow-up, a type added later) are skipped.
 */
@Component
class DealEventsListener {

    private static final Logger log = LoggerFactory.getLogger(DealEventsListener.class);

    static final String CONSUMER = "customer-service.deal-status";

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final DealStatusService dealStatus;

    DealEventsListener(EventReader events, IdempotentConsumer idempotent, DealStatusService dealStatus) {
        this.events = events;
        this.idempotent = idempotent;
        this.dealStatus = dealStatus;
    }

    @KafkaListener(topics = {OpportunityEvents.TOPIC, ContractEvents.TOPIC})
    void on(ConsumerRecord<String, String> record) {
        String value = record.value();
        String type = events.typeOf(value);
        typeIn(OpportunityEvents.STATE_CHANGES, type)
                .flatMap(opportunity -> events.read(value, opportunity))
                .ifPresent(event -> apply(event, event.data().customerDeal()));
        typeIn(ContractEvents.ALL, type)
                .flatMap(contract -> events.read(value, contract))
                .ifPresent(event -> apply(event, event.data().customerDeal()));
    }

    private void apply(EventEnvelope<?> event, CustomerDeal deal) {
        if (deal == null || deal.customerId() == null || deal.status() == null) {
            // Retrying would not fill it in: skip rather than block the partition.
            log.warn("Deal event {} ({}) carries no complete customerDeal; ignored", event.id(), event.type());
            return;
        }
        boolean applied = idempotent.applyOnce(CONSUMER, event, e -> dealStatus.apply(e.tenant(), deal));
        if (!applied) {
            log.info("Deal event {} was applied before; ignored", event.id());
        }
    }

    /** The one of {@code types} named {@code type}, if any. */
    private static <T> Optional<EventType<T>> typeIn(List<EventType<T>> types, String type) {
        return types.stream().filter(candidate -> candidate.type().equals(type)).findFirst();
    }
}
