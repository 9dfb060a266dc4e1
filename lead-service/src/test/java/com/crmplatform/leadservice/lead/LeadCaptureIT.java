package com.crmplatform.leadservice.lead;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.platform.messaging.EventReader;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import com.crmplatform.platform.test.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MvcResult;

/** Capturing a lead end to end inside lead-service: HTTP → PostgreSQL → outbox → Kafka, with tenant isolation. */
class LeadCaptureIT extends PlatformIntegrationTest {

    @Autowired
    EventReader reader;

    @Test
    void storesTheLeadAndPublishesLeadCreatedThroughTheOutbox() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales");

        assertThat(jdbc.sql("SELECT name FROM lead WHERE id = ? AND tenant = ?")
                        .params(id, tenant)
                        .query(String.class)
                        .single())
                .isEqualTo("Zhang San");

        ConsumerRecord<String, String> record = leadRecord(id);
        EventEnvelope<LeadCreated> event =
                reader.read(record.value(), LeadEvents.CREATED).orElseThrow();
        assertThat(event.tenant()).isEqualTo(tenant);
        assertThat(event.source()).isEqualTo("/lead-service");
        assertThat(event.data().leadId()).isEqualTo(id);
        assertThat(event.data().ownerId()).isEqualTo(TestUsers.idOf(tenant, "sales1"));
    }

    @Test
    void anotherTenantCannotReadTheLead() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "admin", "crm-admin");

        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/leads/" + id).with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void aSalespersonCannotReadAnotherSalespersonsLeadButSeesThePool() throws Exception {
        String tenant = newTenant();
        UUID owned = capture(tenant, "sales1", "crm-sales");
        UUID pooled = capture(tenant, "marketing", "crm-marketing", "13800000001");

        mvc.perform(get("/api/v1/leads/" + owned).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads/" + pooled).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").doesNotExist());
        mvc.perform(get("/api/v1/leads").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(pooled.toString()));
        mvc.perform(get("/api/v1/leads?sort=name,asc").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    private UUID capture(String tenant, String username, String role) throws Exception {
        return capture(tenant, username, role, "13800000000");
    }

    /** One phone per lead of a tenant: the same phone again would be a duplicate (409). */
    private UUID capture(String tenant, String username, String role, String phone) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/leads")
                        .with(user(tenant, username, role))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Zhang San","company":"Acme Retail","phone":"%s","source":"TRADE_SHOW"}
                                """.formatted(phone)))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(json.readTree(result.getResponse().getContentAsString())
                .get("id")
                .asString());
    }

    private ConsumerRecord<String, String> leadRecord(UUID id) {
        Map<String, Object> config = KafkaTestUtils.consumerProps(kafka, "lead-capture-it-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(
                        config, new StringDeserializer(), new StringDeserializer())
                .createConsumer()) {
            consumer.subscribe(List.of(LeadEvents.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (record.key().equals(id.toString())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No lead-created event for " + id + " on " + LeadEvents.TOPIC);
    }
}
