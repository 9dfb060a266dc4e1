package com.crmplatform.campaignservice.attribution.messaging;

import com.crmplatform.campaignservice.attribution.domain.LeadAttributionService;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads lead events and counts captured leads once each, however often Kafka delivers them. */
@Component
class LeadEventsListener {

    static final String CONSUMER = "campaign-service.lead-attribution";

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final LeadAttributionService attribution;

    LeadEventsListener(EventReader events, IdempotentConsumer idempotent, LeadAttributionService attribution) {
        this.events = events;
        this.idempotent = idempotent;
        this.attribution = attribution;
    }

    @KafkaListener(topics = LeadEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        events.read(record.value(), LeadEvents.CREATED)
                .ifPresent(event -> idempotent.applyOnce(
                        CONSUMER, event, created -> attribution.leadCaptured(created.tenant(), created.data())));
    }
}
