package com.crmplatform.billingservice.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import com.crmplatform.contracts.billing.PaymentEvents;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The contracts billing knows come from deal-service's events on {@code crm.contract}, each applied once, the newest
 * version winning: they decide who may plan and collect, and until when.
 */
class ContractEventsIT extends BillingServiceIT {

    @Test
    void contractEventsDecideWhetherAndByWhomAContractIsCollected() throws Exception {
        String tenant = newTenant();
        UUID id = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        String sales1 = idOf(tenant, "sales1");

        send(tenant, ContractEvents.CREATED, contract(id, customer, sales1, "500.00", "CNY", "DRAFT", 1, campaign));
        await().atMost(Duration.ofSeconds(20)).until(() -> known(tenant, id));
        mvc.perform(postJson(PAYMENTS, payment(id, "100.00", "")).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_ACTIVE"));

        EventEnvelope<ContractChanged> approved = envelope(
                tenant,
                ContractEvents.APPROVED,
                contract(id, customer, sales1, "500.00", "CNY", "ACTIVE", 3, campaign));
        send(approved);
        send(approved); // redelivered
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(approved.id()));
        String paymentId = body(mvc.perform(
                                postJson(PAYMENTS, payment(id, "100.00", "")).with(as(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
        assertThat(published(paymentId, PaymentEvents.RECORDED)
                        .getFirst()
                        .get("data")
                        .get("sourceCampaignId")
                        .asString())
                .isEqualTo(campaign.toString());

        // The contract moves to sales2; an older event arriving late changes nothing.
        send(
                tenant,
                ContractEvents.UPDATED,
                contract(id, customer, idOf(tenant, "sales2"), "500.00", "CNY", "ACTIVE", 4, campaign));
        EventEnvelope<ContractChanged> late = envelope(
                tenant,
                ContractEvents.SUBMITTED,
                contract(id, customer, sales1, "500.00", "CNY", "PENDING_APPROVAL", 2, campaign));
        send(late);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(late.id()));
        mvc.perform(get(planPath(id)).with(as(tenant, "sales1", "crm-sales"))).andExpect(status().isNotFound());
        mvc.perform(get(planPath(id)).with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contractStatus").value("ACTIVE"))
                .andExpect(jsonPath("$.recordedUnconfirmed").value(100.00));

        EventEnvelope<ContractChanged> terminated = envelope(
                tenant,
                ContractEvents.TERMINATED,
                contract(id, customer, idOf(tenant, "sales2"), "500.00", "CNY", "TERMINATED", 5, campaign));
        send(terminated);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(terminated.id()));
        mvc.perform(postJson(PAYMENTS, payment(id, "1.00", "")).with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_ACTIVE"))
                .andExpect(jsonPath("$.status").value("TERMINATED"));
        // Money already received is still confirmed after the contract ended.
        confirm(tenant, paymentId);
        assertThat(count("SELECT count(*) FROM contract WHERE tenant = ?", tenant))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM processed_event WHERE consumer = 'billing-service.contract-read-model'"
                                + " AND event_id = CAST(? AS UUID)",
                        approved.id()))
                .isEqualTo(1);
    }

    private boolean known(String tenant, UUID id) {
        return count("SELECT count(*) FROM contract WHERE tenant = ? AND id = ?", tenant, id) == 1;
    }

    private boolean processed(String eventId) {
        return count("SELECT count(*) FROM processed_event WHERE event_id = CAST(? AS UUID)", eventId) == 1;
    }

    private void send(String tenant, EventType<ContractChanged> type, ContractChanged payload) throws Exception {
        send(envelope(tenant, type, payload));
    }

    private static EventEnvelope<ContractChanged> envelope(
            String tenant, EventType<ContractChanged> type, ContractChanged payload) {
        return new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/deal-service",
                type.type(),
                payload.contractId().toString(),
                Instant.now(),
                EventEnvelope.DATA_CONTENT_TYPE,
                tenant,
                payload);
    }

    private void send(EventEnvelope<ContractChanged> event) throws Exception {
        Map<String, Object> config = KafkaTestUtils.producerProps(kafka);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(ContractEvents.TOPIC, event.subject(), json.writeValueAsString(event)))
                    .get();
        }
    }
}
