package com.crmplatform.leadservice.conversion;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.lead.LeadConverted;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.CustomerServiceStub;
import com.crmplatform.leadservice.CustomerServiceStub.Answer;
import com.crmplatform.leadservice.LeadServiceIT;
import com.crmplatform.leadservice.RelayedTokenResolver;
import com.crmplatform.platform.messaging.EventReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Converting leads into customers against the real database and broker, with customer-service stubbed over HTTP. */
class LeadConversionIT extends LeadServiceIT {

    static final CustomerServiceStub CUSTOMERS = CustomerServiceStub.get();

    @Autowired
    EventReader reader;

    @Test
    void theOwnerConvertsALeadIntoACustomerAndLeadConvertedIsPublished() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", phone()));

        JsonNode answer = body(convert(tenant, "sales1", "crm-sales", id, """
                        {"opportunityName":"Store rollout","opportunityAmount":120000.50}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadId").value(id.toString()))
                .andExpect(jsonPath("$.status").value("CONVERTED"))
                .andReturn());
        String customerId = answer.get("customerId").asString();
        assertThat(customerId).isEqualTo(CUSTOMERS.customerOf(id));
        assertThat(answer.get("contactId").asString()).isNotBlank();

        List<CustomerServiceStub.Received> calls = CUSTOMERS.requests(id);
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().authorization()).isEqualTo(RelayedTokenResolver.HEADER);
        JsonNode sent = calls.getFirst().body();
        assertThat(sent.get("ownerId").asString()).isEqualTo(idOf(tenant, "sales1"));
        assertThat(sent.get("name").asString()).isEqualTo("Acme Retail");
        assertThat(sent.get("kind").asString()).isEqualTo("ORGANIZATION");
        assertThat(sent.get("source").asString()).isEqualTo("TRADE_SHOW");
        assertThat(sent.get("contact").get("name").asString()).isEqualTo("Zhang San");
        assertThat(sent.get("contact").get("phone").asString())
                .isEqualTo(sent.get("phone").asString());

        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.status").value("CONVERTED"))
                .andExpect(jsonPath("$.customerId").value(customerId));
        assertThat(jdbc.sql("SELECT customer_id::text FROM lead WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(customerId);
        mvc.perform(get("/api/v1/leads/" + id + "/history").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$[-1:].action").value("CONVERTED"));

        List<JsonNode> outboxed = events(id, LeadEvents.CONVERTED);
        assertThat(outboxed).hasSize(1);
        EventEnvelope<LeadConverted> event = reader.read(
                        leadRecord(id, LeadEvents.CONVERTED.type()).value(), LeadEvents.CONVERTED)
                .orElseThrow();
        assertThat(event.tenant()).isEqualTo(tenant);
        assertThat(event.data().leadId()).isEqualTo(id);
        assertThat(event.data().customerId()).hasToString(customerId);
        assertThat(event.data().ownerId()).isEqualTo(idOf(tenant, "sales1"));
        assertThat(event.data().convertedBy()).isEqualTo(idOf(tenant, "sales1"));
        assertThat(event.data().opportunityName()).isEqualTo("Store rollout");
        assertThat(event.data().opportunityAmount()).isEqualByComparingTo(new BigDecimal("120000.50"));

        // Converted once and for all: a second conversion is refused with the customer, without calling out.
        convert(tenant, "sales1", "crm-sales", id, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_ALREADY_CONVERTED"))
                .andExpect(jsonPath("$.customerId").value(customerId));
        assertThat(CUSTOMERS.requests(id)).hasSize(1);
        assertThat(events(id, LeadEvents.CONVERTED)).hasSize(1);
    }

    @Test
    void aLeadWithoutCompanyBecomesAnIndividualAndAnAdminConvertsForTheOwner() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", """
                {"name":"Li Si","phone":"%s","source":"REFERRAL"}
                """.formatted(phone()));

        convert(tenant, "admin", "crm-admin", id, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONVERTED"));

        JsonNode sent = CUSTOMERS.requests(id).getFirst().body();
        assertThat(sent.get("kind").asString()).isEqualTo("INDIVIDUAL");
        assertThat(sent.get("name").asString()).isEqualTo("Li Si");
        assertThat(sent.get("ownerId").asString()).isEqualTo(idOf(tenant, "sales1"));
        assertThat(events(id, LeadEvents.CONVERTED)
                        .getFirst()
                        .get("convertedBy")
                        .asString())
                .isEqualTo(idOf(tenant, "admin"));
    }

    @Test
    void aRetryAfterALostAnswerYieldsTheSameCustomer() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", phone()));
        CUSTOMERS.answer(id, Answer.LOSE_ANSWER);

        convert(tenant, "sales1", "crm-sales", id, null)
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        assertUnchanged(tenant, id);
        String created = CUSTOMERS.customerOf(id);
        assertThat(created).isNotNull();

        convert(tenant, "sales1", "crm-sales", id, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value(created));
        assertThat(CUSTOMERS.requests(id)).hasSize(2);
        assertThat(events(id, LeadEvents.CONVERTED)).hasSize(1);
    }

    @Test
    void customerServiceAnswering503OrBeingDownIs503AndTheLeadIsUnchanged() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", phone()));

        CUSTOMERS.answer(id, Answer.UNAVAILABLE);
        convert(tenant, "sales1", "crm-sales", id, null)
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        assertUnchanged(tenant, id);

        CUSTOMERS.down();
        try {
            convert(tenant, "sales1", "crm-sales", id, null)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        } finally {
            CUSTOMERS.up();
        }
        assertUnchanged(tenant, id);
        assertThat(CUSTOMERS.customerOf(id)).isNull();
    }

    @Test
    void aSlowCustomerServiceIs503WithinTheTimeLimitAndTheLeadIsUnchanged() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", phone()));
        CUSTOMERS.answer(id, Answer.SLOW, Answer.SLOW, Answer.SLOW, Answer.SLOW);

        long started = System.nanoTime();
        convert(tenant, "sales1", "crm-sales", id, null)
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertUnchanged(tenant, id);
    }

    @Test
    void aRefusalOfCustomerServiceKeepsItsCodeAndTheLeadIsUnchanged() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", phone()));
        CUSTOMERS.answer(id, Answer.CONFLICT);

        convert(tenant, "sales1", "crm-sales", id, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.reason").value("CUSTOMER_OWNER_INACTIVE"));
        assertUnchanged(tenant, id);
    }

    @Test
    void onlyTheOwnerOrAnAdminConvertsAnOwnedOpenLead() throws Exception {
        String tenant = newTenant();
        UUID owned = capture(tenant, "sales1", "crm-sales", lead("Zhang San", phone()));
        UUID pooled = capture(tenant, "marketing", "crm-marketing", lead("Li Si", phone()));
        UUID invalid = capture(tenant, "sales1", "crm-sales", lead("Wang Wu", phone()));
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + invalid + "/invalidate", "{\"reason\":\"fake\"}")
                .andExpect(status().isOk());

        convert(tenant, "sales2", "crm-sales", owned, null).andExpect(status().isNotFound());
        convert(newTenant(), "admin", "crm-admin", owned, null).andExpect(status().isNotFound());
        convert(tenant, "finance", "crm-finance", owned, null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        convert(tenant, "marketing", "crm-marketing", owned, null).andExpect(status().isForbidden());
        convert(tenant, "sales2", "crm-sales", pooled, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_IN_POOL"));
        convert(tenant, "admin", "crm-admin", pooled, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_IN_POOL"));
        convert(tenant, "sales1", "crm-sales", invalid, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ILLEGAL_TRANSITION"))
                .andExpect(jsonPath("$.status").value("INVALID"));
        convert(tenant, "sales1", "crm-sales", owned, "{\"opportunityAmount\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("opportunityAmount"));

        assertThat(CUSTOMERS.requests(owned)).isEmpty();
        assertThat(CUSTOMERS.requests(pooled)).isEmpty();
        assertThat(CUSTOMERS.requests(invalid)).isEmpty();
        assertUnchanged(tenant, owned);
    }

    private ResultActions convert(String tenant, String username, String role, UUID id, String body) throws Exception {
        var request = MockMvcRequestBuilders.post("/api/v1/leads/" + id + "/convert")
                .with(user(tenant, username, role))
                .header("Authorization", RelayedTokenResolver.HEADER);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private void assertUnchanged(String tenant, UUID id) {
        Map<String, Object> row = jdbc.sql("SELECT status, customer_id, version FROM lead WHERE tenant = ? AND id = ?")
                .params(tenant, id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isNotEqualTo("CONVERTED");
        assertThat(row.get("customer_id")).isNull();
        assertThat(events(id, LeadEvents.CONVERTED)).isEmpty();
    }

    /** A phone no other test uses (duplicates are refused per tenant, but keep them apart anyway). */
    private static String phone() {
        return "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    private ConsumerRecord<String, String> leadRecord(UUID id, String type) {
        Map<String, Object> config =
                KafkaTestUtils.consumerProps(kafka, "lead-conversion-it-" + UUID.randomUUID(), false);
        try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(
                        config, new StringDeserializer(), new StringDeserializer())
                .createConsumer()) {
            consumer.subscribe(List.of(LeadEvents.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (record.key().equals(id.toString()) && record.value().contains(type)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No " + type + " event for " + id + " on " + LeadEvents.TOPIC);
    }
}
