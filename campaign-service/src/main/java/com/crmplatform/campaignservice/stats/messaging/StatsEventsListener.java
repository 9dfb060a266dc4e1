package com.crmplatform.campaignservice.stats.messaging;

import com.crmplatform.campaignservice.stats.domain.StatsProjection;
import com.crmplatform.contracts.billing.PaymentChanged;
import com.crmplatform.contracts.billing.PaymentEvents;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.contracts.lead.LeadConverted;
import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.messaging.IdempotentConsumer;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the campaign stats projection from five topics: leads created and converted, customers created, every
 * opportunity, contract and payment state. Its own consumer group ({@value #CONSUMER}), so it reads every partition
 * of {@code crm.lead} beside the lead-attribution listener, and can be reset to the earliest offsets on its own to
 * rebuild. Each event id is applied once; other types on the topics are skipped.
 */
@Component
class StatsEventsListener {

    private static final Logger log = LoggerFactory.getLogger(StatsEventsListener.class);

    static final String CONSUMER = "campaign-service.stats";

    private final EventReader events;
    private final IdempotentConsumer idempotent;
    private final StatsProjection projection;

    StatsEventsListener(EventReader events, IdempotentConsumer idempotent, StatsProjection projection) {
        this.events = events;
        this.idempotent = idempotent;
        this.projection = projection;
    }

    @KafkaListener(
            id = CONSUMER,
            groupId = CONSUMER,
            topics = {
                LeadEvents.TOPIC,
                CustomerEvents.TOPIC,
                OpportunityEvents.TOPIC,
                ContractEvents.TOPIC,
                PaymentEvents.TOPIC
            })
    void on(ConsumerRecord<String, String> record) {
        String value = record.value();
        String type = events.typeOf(value); // dispatch on the type first: one full read per record
        if (type.equals(LeadEvents.CREATED.type())) {
            events.read(value, LeadEvents.CREATED)
                    .ifPresent(e -> apply(e, complete(e.data()), projection::leadCreated));
        } else if (type.equals(LeadEvents.CONVERTED.type())) {
            events.read(value, LeadEvents.CONVERTED)
                    .ifPresent(e -> apply(e, complete(e.data()), projection::leadConverted));
        } else if (type.equals(CustomerEvents.CREATED.type())) {
            events.read(value, CustomerEvents.CREATED)
                    .ifPresent(e -> apply(e, complete(e.data()), projection::customerCreated));
        } else {
            typeIn(OpportunityEvents.STATE_CHANGES, type)
                    .flatMap(t -> events.read(value, t))
                    .ifPresent(e -> apply(e, complete(e.data()), projection::opportunityChanged));
            typeIn(ContractEvents.ALL, type)
                    .flatMap(t -> events.read(value, t))
                    .ifPresent(e -> apply(e, complete(e.data()), projection::contractChanged));
            typeIn(PaymentEvents.ALL, type)
                    .flatMap(t -> events.read(value, t))
                    .ifPresent(e -> apply(e, complete(e.data()), projection::paymentChanged));
        }
    }

    private static boolean complete(LeadCreated d) {
        return d.leadId() != null && d.createdAt() != null;
    }

    private static boolean complete(LeadConverted d) {
        return d.leadId() != null && d.convertedAt() != null;
    }

    private static boolean complete(CustomerCreated d) {
        return d.customerId() != null && d.createdAt() != null;
    }

    private static boolean complete(OpportunityChanged d) {
        return d.opportunityId() != null
                && d.customerId() != null
                && d.status() != null
                && d.amount() != null
                && d.currency() != null
                && d.changedAt() != null;
    }

    private static boolean complete(ContractChanged d) {
        return d.contractId() != null
                && d.customerId() != null
                && d.status() != null
                && d.amount() != null
                && d.currency() != null
                && d.changedAt() != null;
    }

    private static boolean complete(PaymentChanged d) {
        return d.paymentId() != null
                && d.contractId() != null
                && d.customerId() != null
                && d.status() != null
                && d.amount() != null
                && d.currency() != null
                && d.receivedAt() != null
                && d.changedAt() != null;
    }

    private <T> void apply(EventEnvelope<T> event, boolean complete, BiConsumer<String, T> effect) {
        if (!complete) {
            // Retrying would not fill it in: skip rather than block the partition.
            log.warn("Event {} ({}) lacks fields campaign stats need; ignored", event.id(), event.type());
            return;
        }
        if (!idempotent.applyOnce(CONSUMER, event, e -> effect.accept(e.tenant(), e.data()))) {
            log.debug("Event {} was applied to campaign stats before; ignored", event.id());
        }
    }

    /** The one of {@code types} named {@code type}, if any. */
    private static <T> Optional<EventType<T>> typeIn(List<EventType<T>> types, String type) {
        return types.stream().filter(candidate -> candidate.type().equals(type)).findFirst();
    }
}
