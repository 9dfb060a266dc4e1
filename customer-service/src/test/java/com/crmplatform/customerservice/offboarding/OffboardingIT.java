package com.crmplatform.customerservice.offboarding;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.user.UserEvents;
import com.crmplatform.customerservice.CustomerServiceIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Offboarding a salesperson: all their customers move in one step to a colleague or to the pool, with history. */
class OffboardingIT extends CustomerServiceIT {

    @Test
    void aLeaversCustomersMoveToAColleagueWithHistoryAndEvents() throws Exception {
        String tenant = newTenant();
        String leaver = directory.registerDisabled(tenant, "sales1", "crm-sales");
        String colleague = directory.register(tenant, "sales2", "crm-sales");
        UUID a = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");
        UUID b = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Globex\"}");
        UUID pooled = createCustomer(tenant, "admin", "crm-admin", "{\"kind\":\"ORGANIZATION\",\"name\":\"Pool\"}");
        UUID othersInOtherTenant =
                createCustomer(newTenant(), "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Far\"}");

        mvc.perform(offboard(tenant, leaver, "{\"toOwnerId\":\"" + colleague + "\",\"reason\":\"left the company\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moved").value(2))
                .andExpect(jsonPath("$.toOwnerId").value(colleague))
                .andExpect(jsonPath("$.toPool").value(false));

        mvc.perform(get("/api/v1/customers?scope=mine").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/customers?scope=mine").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/customers/" + a + "/history").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$[0].change").value("OFFBOARDED"))
                .andExpect(jsonPath("$[0].fromOwnerId").value(leaver))
                .andExpect(jsonPath("$[0].toOwnerId").value(colleague))
                .andExpect(jsonPath("$[0].reason").value("left the company"));
        mvc.perform(get("/api/v1/customers/" + pooled).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.ownerId").doesNotExist());
        assertThat(jdbc.sql("SELECT owner_id FROM customer WHERE id = ?")
                        .param(othersInOtherTenant)
                        .query(String.class)
                        .single())
                .isNotNull();
        JsonNode event = events(b, CustomerEvents.OWNER_CHANGED, 1).getFirst();
        assertThat(event.get("data").get("change").asString()).isEqualTo("OFFBOARDED");
        assertThat(event.get("data").get("previousOwnerId").asString()).isEqualTo(leaver);
    }

    @Test
    void publishesThatTheUserWasOffboardedSoTheirLeadsMoveToo() throws Exception {
        String tenant = newTenant();
        String leaver = directory.registerDisabled(tenant, "sales1", "crm-sales");
        String colleague = directory.register(tenant, "sales2", "crm-sales");
        createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");

        mvc.perform(offboard(tenant, leaver, "{\"toOwnerId\":\"" + colleague + "\",\"reason\":\"left\"}"))
                .andExpect(status().isOk());

        assertThat(outboxCount(leaver, UserEvents.OFFBOARDED)).isEqualTo(1);
        JsonNode event = events(leaver, UserEvents.OFFBOARDED, 1).getFirst();
        assertThat(event.get("tenant").asString()).isEqualTo(tenant);
        assertThat(event.get("subject").asString()).isEqualTo(leaver);
        JsonNode data = event.get("data");
        assertThat(data.get("userId").asString()).isEqualTo(leaver);
        assertThat(data.get("toOwnerId").asString()).isEqualTo(colleague);
        assertThat(data.get("reason").asString()).isEqualTo("left");
        assertThat(data.get("offboardedBy").asString()).isEqualTo(idOf(tenant, "admin"));
        assertThat(data.get("offboardedAt")).isNotNull();
    }

    @Test
    void aUserWhoNeverOwnedACustomerMovesNothingButIsStillPublished() throws Exception {
        String tenant = newTenant();
        String unknown = "never-seen-" + UUID.randomUUID();

        mvc.perform(offboard(tenant, unknown, "{\"toPool\":true,\"reason\":\"left\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moved").value(0))
                .andExpect(jsonPath("$.customerIds").isEmpty());

        assertThat(outboxCount(unknown, UserEvents.OFFBOARDED)).isEqualTo(1);
        JsonNode data = events(unknown, UserEvents.OFFBOARDED, 1).getFirst().get("data");
        JsonNode toOwner = data.get("toOwnerId");
        assertThat(toOwner == null || toOwner.isNull()).isTrue();
    }

    @Test
    void aLeaversCustomersCanGoToThePool() throws Exception {
        String tenant = newTenant();
        String leaver = directory.registerDisabled(tenant, "sales1", "crm-sales");
        UUID a = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");

        mvc.perform(offboard(tenant, leaver, "{\"toPool\":true,\"reason\":\"left\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moved").value(1))
                .andExpect(jsonPath("$.toPool").value(true));
        mvc.perform(get("/api/v1/customers?scope=pool").with(user(tenant, "sales3", "crm-sales")))
                .andExpect(jsonPath("$.items[0].id").value(a.toString()));
        mvc.perform(offboard(tenant, leaver, "{\"toPool\":true,\"reason\":\"again\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moved").value(0));
    }

    @Test
    void refusesATargetWhoIsNotAnActiveSalespersonAndMovesNothing() throws Exception {
        String tenant = newTenant();
        String leaver = directory.register(tenant, "sales1", "crm-sales");
        String gone = directory.registerDisabled(tenant, "sales9", "crm-sales");
        createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");

        for (String target : new String[] {gone, leaver, "nobody"}) {
            mvc.perform(offboard(tenant, leaver, "{\"toOwnerId\":\"" + target + "\",\"reason\":\"left\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("toOwnerId"));
        }
        mvc.perform(get("/api/v1/customers?scope=mine").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1));
        assertThat(outboxCount(leaver, UserEvents.OFFBOARDED)).isZero();
    }

    private static org.springframework.test.web.servlet.RequestBuilder offboard(
            String tenant, String userId, String body) {
        return post("/api/v1/users/" + userId + "/offboard")
                .with(user(tenant, "admin", "crm-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
