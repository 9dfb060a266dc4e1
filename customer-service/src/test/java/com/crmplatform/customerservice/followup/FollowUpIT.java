package com.crmplatform.customerservice.followup;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.customerservice.CustomerServiceIT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Follow-ups: recorded by the owner or an admin, feeding the customer's last and next follow-up. */
class FollowUpIT extends CustomerServiceIT {

    @Test
    void theOwnerRecordsAFollowUpWhichUpdatesTheCustomer() throws Exception {
        String tenant = newTenant();
        UUID customer = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");
        MvcResult added = mvc.perform(post("/api/v1/customers/" + customer + "/contacts")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang San\"}"))
                .andReturn();
        String contact = body(added).get("id").asString();
        Instant occurred = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant next = occurred.plus(7, ChronoUnit.DAYS);

        mvc.perform(followUp(tenant, "sales1", customer, """
                        {"type":"CALL","content":"Discussed the renewal","occurredAt":"%s","nextFollowUpAt":"%s",
                         "contactIds":["%s"]}
                        """.formatted(occurred, next, contact)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("CALL"))
                .andExpect(jsonPath("$.contactIds[0]").value(contact));
        mvc.perform(followUp(tenant, "sales1", customer, """
                        {"type":"VISIT","content":"An older visit","occurredAt":"%s"}
                        """.formatted(occurred.minus(2, ChronoUnit.DAYS))))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/customers/" + customer).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.lastFollowUpAt").value(occurred.toString()))
                .andExpect(jsonPath("$.nextFollowUpAt").value(next.toString()));
        mvc.perform(get("/api/v1/customers/" + customer + "/follow-ups").with(user(tenant, "finance", "crm-finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].content").value("Discussed the renewal"));
        mvc.perform(get("/api/v1/customers?noFollowUpForDays=1").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));

        JsonNode event = events(customer, CustomerEvents.FOLLOWED_UP, 2).getFirst();
        assertThat(event.get("data").get("type").asString()).isEqualTo("CALL");
    }

    @Test
    void onlyTheOwnerOrAnAdminRecordsFollowUps() throws Exception {
        String tenant = newTenant();
        UUID own = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");
        UUID pooled = createCustomer(tenant, "admin", "crm-admin", "{\"kind\":\"ORGANIZATION\",\"name\":\"Pool\"}");
        String call = "{\"type\":\"CALL\",\"content\":\"Hello\"}";

        mvc.perform(followUp(tenant, "sales2", own, call)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + own + "/follow-ups").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        mvc.perform(followUp(tenant, "sales2", pooled, call))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("NOT_CUSTOMER_OWNER"));
        mvc.perform(post("/api/v1/customers/" + own + "/follow-ups")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(call))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/customers/" + own + "/follow-ups")
                        .with(user(newTenant(), "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(call))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesImpossibleTimesAndForeignContacts() throws Exception {
        String tenant = newTenant();
        UUID customer = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");
        Instant now = Instant.now();

        mvc.perform(followUp(tenant, "sales1", customer, """
                        {"type":"CALL","content":"Tomorrow","occurredAt":"%s"}
                        """.formatted(now.plus(1, ChronoUnit.DAYS))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("occurredAt"));
        mvc.perform(followUp(tenant, "sales1", customer, """
                        {"type":"CALL","content":"Backwards","occurredAt":"%s","nextFollowUpAt":"%s"}
                        """.formatted(now, now.minus(1, ChronoUnit.DAYS))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("nextFollowUpAt"));
        mvc.perform(followUp(tenant, "sales1", customer, """
                        {"type":"CALL","content":"Who?","contactIds":["%s"]}
                        """.formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("contactIds"));
    }

    private static org.springframework.test.web.servlet.RequestBuilder followUp(
            String tenant, String username, UUID customer, String body) {
        return post("/api/v1/customers/" + customer + "/follow-ups")
                .with(user(tenant, username, "crm-sales"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
