package com.crmplatform.campaignservice.attribution.messaging;

import com.crmplatform.campaignservice.attribution.domain.LeadAttributionService;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads lead events and counts captured leads once each, however often Kafka delivers them. */
@Component
class LeadEventsListener {

    private static final Logger log = LoggerFactory.getLogger(LeadEventsListener.class);

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
        events.read(record.value(), LeadEvents.CREATED).ifPresent(event -> {
            boolean applied = idempotent.applyOnce(
                    CONSUMER, event, created -> attribution.leadCaptured(created.tenant(), created.data()));
            // One line per lead at INFO was a log line per capture: 23 MB in three minutes of load.
            if (!applied) {
                log.info("Lead-created event {} was applied before; ignored", event.id());
            } else if (log.isDebugEnabled()) {
                log.debug("Lead {} of tenant {} attributed", event.subject(), event.tenant());
            }
        });
    }
}
