package com.crmplatform.leadservice.offboarding.messaging;

import com.crmplatform.contracts.user.UserEvents;
import com.crmplatform.leadservice.offboarding.domain.OffboardingService;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads user events and moves an offboarded user's open leads once, however often Kafka delivers the event. */
@Component
class UserEventsListener {

    private static final Logger log = LoggerFactory.getLogger(UserEventsListener.class);

    static final String CONSUMER = "lead-service.offboarding";

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final OffboardingService offboarding;

    UserEventsListener(EventReader events, IdempotentConsumer idempotent, OffboardingService offboarding) {
        this.events = events;
        this.idempotent = idempotent;
        this.offboarding = offboarding;
    }

    @KafkaListener(topics = UserEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        events.read(record.value(), UserEvents.OFFBOARDED).ifPresent(event -> {
            boolean applied = idempotent.applyOnce(
                    CONSUMER, event, offboarded -> offboarding.offboard(offboarded.tenant(), offboarded.data()));
            if (!applied) {
                log.info("User-offboarded event {} was applied before; ignored", event.id());
            }
        });
    }
}
