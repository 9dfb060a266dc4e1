package com.crmplatform.campaignservice.sync.messaging;

import com.crmplatform.campaignservice.sync.domain.MemberTaken;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Auto-sync's answers: lead-service and customer-service took a member in on its member-captured event and say what
 * it became. A member already synced (by a manual sync's answer, or an earlier delivery) stays as it is.
 */
@Component
class MemberTakenListener {

    static final String CONSUMER = "campaign-service.member-sync";

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final MemberTaken taken;

    MemberTakenListener(EventReader events, IdempotentConsumer idempotent, MemberTaken taken) {
        this.events = events;
        this.idempotent = idempotent;
        this.taken = taken;
    }

    // Its own consumer group: the lead-attribution and stats listeners read crm.lead too, and listeners sharing a
    // group would split the topic's partitions between them.
    @KafkaListener(
            topics = {LeadEvents.TOPIC, CustomerEvents.TOPIC},
            groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        events.read(record.value(), LeadEvents.CAMPAIGN_MEMBER_TAKEN)
                .or(() -> events.read(record.value(), CustomerEvents.CAMPAIGN_MEMBER_TAKEN))
                .ifPresent(event -> idempotent.applyOnce(
                        CONSUMER, event, result -> taken.record(result.tenant(), record.topic(), result.data())));
    }
}
