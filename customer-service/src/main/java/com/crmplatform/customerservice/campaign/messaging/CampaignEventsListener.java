package com.crmplatform.customerservice.campaign.messaging;

import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.contracts.campaign.MemberCaptured;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.customerservice.campaign.domain.MemberIntakeService;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Auto-sync: a member captured by a campaign with target CUSTOMER and auto-sync on is taken in as the manual sync
 * would take it, once per event id and once per member, however often Kafka delivers the event.
 */
@Component
class CampaignEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CampaignEventsListener.class);

    static final String CONSUMER = "customer-service.campaign-intake";

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final MemberIntakeService intake;

    CampaignEventsListener(EventReader events, IdempotentConsumer idempotent, MemberIntakeService intake) {
        this.events = events;
        this.idempotent = idempotent;
        this.intake = intake;
    }

    @KafkaListener(topics = CampaignEvents.TOPIC)
    void on(ConsumerRecord<String, String> record) {
        events.read(record.value(), CampaignEvents.MEMBER_CAPTURED)
                .filter(CampaignEventsListener::forCustomers)
                .ifPresent(event -> {
                    boolean applied = idempotent.applyOnce(
                            CONSUMER, event, captured -> intake.takeCaptured(captured.tenant(), captured.data()));
                    if (!applied) {
                        log.info("Member-captured event {} was applied before; ignored", event.id());
                    }
                });
    }

    private static boolean forCustomers(EventEnvelope<MemberCaptured> event) {
        MemberCaptured captured = event.data();
        if (captured == null || !captured.autoSync() || !MemberIntakeService.TARGET.equals(captured.targetObject())) {
            return false;
        }
        if (captured.campaignId() == null
                || captured.member() == null
                || captured.member().memberId() == null) {
            log.warn("Member-captured event {} names no campaign or member; ignored", event.id());
            return false;
        }
        return true;
    }
}
