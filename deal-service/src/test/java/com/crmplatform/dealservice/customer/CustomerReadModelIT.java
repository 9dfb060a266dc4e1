package com.crmplatform.dealservice.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.ContactChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.customer.CustomerDeleted;
import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.customer.CustomerOwnerChanged;
import com.crmplatform.contracts.customer.OwnerChange;
import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.dealservice.DealServiceIT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** The customers deal-service knows come from customer-service's events on Kafka, each applied once. */
class CustomerReadModelIT extends DealServiceIT {

    /** The ids of the events this test sent. */
    private final List<UUID> sent = new ArrayList<>();

    @Test
    void customerEventsDecideWhoMayDealWithTheCustomer() throws Exception {
        String tenant = newTenant();
        UUID customer = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        Instant now = Instant.now();
        EventEnvelope<CustomerCreated> created = envelope(
                CustomerEvents.CREATED,
                tenant,
                customer,
                new CustomerCreated(
                        customer,
                        "Acme",
                        CustomerKind.ORGANIZATION,
                        null,
                        null,
                        campaign,
                        idOf(tenant, "sales1"),
                        "u",
                        now));
        send(created);
        send(created); // redelivered
        send(envelope(
                CustomerEvents.CONTACT_CREATED,
                tenant,
                customer,
                new ContactChanged(customer, contact, "Li Si", true, "u", now)));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed() == 2);

        mvc.perform(postJson("/api/v1/opportunities", """
                        {"customerId":"%s","name":"Deal","amount":1,"contactIds":["%s"]}""".formatted(customer, contact))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceCampaignId").value(campaign.toString()));

        send(envelope(
                CustomerEvents.OWNER_CHANGED,
                tenant,
                customer,
                new CustomerOwnerChanged(
                        customer,
                        idOf(tenant, "sales1"),
                        idOf(tenant, "sales2"),
                        OwnerChange.TRANSFERRED,
                        null,
                        "u",
                        now)));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed() == 3);
        String body = "{\"customerId\":\"%s\",\"name\":\"Deal\",\"amount\":1}".formatted(customer);
        mvc.perform(postJson("/api/v1/opportunities", body).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isNotFound());
        mvc.perform(postJson("/api/v1/opportunities", body).with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isCreated());

        send(envelope(CustomerEvents.DELETED, tenant, customer, new CustomerDeleted(customer, "admin", now)));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed() == 4);
        mvc.perform(postJson("/api/v1/opportunities", body).with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("CUSTOMER_NOT_FOUND"));
        assertThat(jdbc.sql("SELECT count(*) FROM known_customer WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** How many of the events this test sent the read model has applied (a redelivery counts once). */
    private long processed() {
        return jdbc.sql("""
                        SELECT count(*) FROM processed_event
                        WHERE consumer = 'deal-service.customer-read-model' AND event_id IN (:ids)""").param("ids", sent).query(Long.class).single();
    }

    private <T> EventEnvelope<T> envelope(EventType<T> type, String tenant, UUID customer, T payload) {
        String id = UUID.randomUUID().toString();
        sent.add(UUID.fromString(id));
        return new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                id,
                "/customer-service",
                type.type(),
                customer.toString(),
                Instant.now(),
                EventEnvelope.DATA_CONTENT_TYPE,
                tenant,
                payload);
    }

    private void send(EventEnvelope<?> event) throws Exception {
        Map<String, Object> config = KafkaTestUtils.producerProps(kafka);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(CustomerEvents.TOPIC, event.subject(), json.writeValueAsString(event)))
                    .get();
        }
    }
}
