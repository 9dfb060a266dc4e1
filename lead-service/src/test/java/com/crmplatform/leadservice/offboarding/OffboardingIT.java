package com.crmplatform.leadservice.offboarding;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.user.UserEvents;
import com.crmplatform.contracts.user.UserOffboarded;
import com.crmplatform.leadservice.LeadServiceIT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** customer-service's user-offboarded event, through the embedded broker, moves the leaver's open leads once. */
class OffboardingIT extends LeadServiceIT {

    @Autowired
    KafkaTemplate<String, String> producer;

    @Test
    void theLeaversOpenLeadsGoToTheColleagueOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
        String tenant = newTenant();
        String leaver = directory.addSalesperson(tenant, "sales1");
        String colleague = directory.addSalesperson(tenant, "sales2");
        UUID fresh = capture(tenant, "sales1", "crm-sales", lead("A", "13600000001"));
        UUID followed = capture(tenant, "sales1", "crm-sales", lead("B", "13600000002"));
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + followed + "/follow-ups", """
                        {"type":"CALL","content":"Interested","occurredAt":"%s"}
                        """.formatted(
                                Instant.now().minusSeconds(60)))
                .andExpect(status().isCreated());
        UUID invalid = capture(tenant, "sales1", "crm-sales", lead("C", "13600000003"));
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + invalid + "/invalidate", "{\"reason\":\"fake\"}")
                .andExpect(status().isOk());
        UUID colleagues = capture(tenant, "sales2", "crm-sales", lead("D", "13600000004"));
        // The same user id in another tenant keeps their leads: the event names its tenant.
        String otherTenant = newTenant();
        UUID elsewhere = capture(otherTenant, "sales1", "crm-sales", lead("E", "13600000005"));

        String event = offboarded(tenant, leaver, colleague, "Left the company");
        send(leaver, event);
        send(leaver, event);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> colleague.equals(ownerOf(fresh)) && colleague.equals(ownerOf(followed)));
        Thread.sleep(1000); // a second application of the redelivered event would show up here
        assertThat(ownerOf(invalid)).isEqualTo(leaver);
        assertThat(ownerOf(colleagues)).isEqualTo(colleague);
        assertThat(ownerOf(elsewhere)).isNotNull();
        assertThat(processed(event)).isEqualTo(1);
        for (UUID id : List.of(fresh, followed)) {
            mvc.perform(get("/api/v1/leads/" + id + "/history").with(user(tenant, "admin", "crm-admin")))
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].action").value("OFFBOARDED"))
                    .andExpect(jsonPath("$[0].fromOwnerId").value(leaver))
                    .andExpect(jsonPath("$[0].toOwnerId").value(colleague))
                    .andExpect(jsonPath("$[0].reason").value("offboarded: Left the company"))
                    .andExpect(jsonPath("$[0].actor").value("admin-id"));
            List<JsonNode> transferred = events(id, LeadEvents.TRANSFERRED);
            assertThat(transferred).hasSize(1);
            assertThat(transferred.getFirst().get("ownerId").asString()).isEqualTo(colleague);
            assertThat(transferred.getFirst().get("previousOwnerId").asString()).isEqualTo(leaver);
            assertThat(transferred.getFirst().get("transferredBy").asString()).isEqualTo("admin-id");
        }
        mvc.perform(get("/api/v1/leads/" + followed).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        assertThat(events(invalid, LeadEvents.TRANSFERRED)).isEmpty();
        assertThat(events(colleagues, LeadEvents.TRANSFERRED)).isEmpty();
    }

    @Test
    void withoutAColleagueTheLeadsGoToThePoolAndTheLeaverStopsTakingTurns() throws Exception {
        String tenant = newTenant();
        String leaver = directory.addSalesperson(tenant, "sales1");
        String colleague = directory.addSalesperson(tenant, "sales2");
        mvc.perform(put("/api/v1/leads/auto-assignment")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":true,\"salespeople\":[\"" + leaver + "\",\"" + colleague + "\"]}"))
                .andExpect(status().isOk());
        UUID owned = capture(tenant, "sales1", "crm-sales", lead("A", "13600000011"));

        send(leaver, offboarded(tenant, leaver, null, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> ownerOf(owned) == null);
        mvc.perform(get("/api/v1/leads/" + owned).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$.status").value("NEW"));
        mvc.perform(get("/api/v1/leads/" + owned + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$[0].action").value("OFFBOARDED"))
                .andExpect(jsonPath("$[0].toOwnerId").doesNotExist())
                .andExpect(jsonPath("$[0].reason").value("offboarded"));
        JsonNode released = events(owned, LeadEvents.RELEASED).getFirst();
        assertThat(released.get("previousOwnerId").asString()).isEqualTo(leaver);
        assertThat(released.get("releasedBy").asString()).isEqualTo("admin-id");

        mvc.perform(get("/api/v1/leads/auto-assignment").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.salespeople.length()").value(1))
                .andExpect(jsonPath("$.salespeople[0]").value(colleague));
        UUID next = capture(tenant, "marketing", "crm-marketing", lead("B", "13600000012"));
        assertThat(ownerOf(next)).isEqualTo(colleague);
    }

    private String offboarded(String tenant, String userId, String toOwnerId, String reason) {
        return json.writeValueAsString(new EventEnvelope<>(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(),
                "/customer-service",
                UserEvents.OFFBOARDED.type(),
                userId,
                Instant.now(),
                EventEnvelope.DATA_CONTENT_TYPE,
                tenant,
                new UserOffboarded(userId, toOwnerId, reason, "admin-id", Instant.now())));
    }

    private void send(String key, String envelope) throws Exception {
        producer.send(UserEvents.TOPIC, key, envelope).get();
    }

    private long processed(String envelope) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = CAST(? AS uuid)")
                .param(json.readTree(envelope).get("id").asString())
                .query(Long.class)
                .single();
    }
}
