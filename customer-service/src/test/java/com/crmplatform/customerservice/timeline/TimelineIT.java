package com.crmplatform.customerservice.timeline;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.customerservice.CustomerServiceIT;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A customer's timeline (follow-ups and ownership changes merged, newest first) and its latest follow-ups. */
class TimelineIT extends CustomerServiceIT {

    @Test
    void mergesFollowUpsAndOwnershipChangesNewestFirstAndPages() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        UUID id = createCustomer(tenant, "admin", "crm-admin", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");
        mvc.perform(post("/api/v1/customers/" + id + "/claim").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk());
        followUp(tenant, id, "CALL", "met before the claim", Instant.now().minus(Duration.ofDays(1)));
        followUp(tenant, id, "VISIT", "visited today", null);

        mvc.perform(get("/api/v1/customers/" + id + "/timeline?size=2").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].type").value("FOLLOW_UP"))
                .andExpect(jsonPath("$.items[0].followUpType").value("VISIT"))
                .andExpect(jsonPath("$.items[0].content").value("visited today"))
                .andExpect(jsonPath("$.items[0].by").value(sales1))
                .andExpect(jsonPath("$.items[0].change").doesNotExist())
                .andExpect(jsonPath("$.items[1].type").value("OWNER_CHANGE"))
                .andExpect(jsonPath("$.items[1].change").value("CLAIMED"))
                .andExpect(jsonPath("$.items[1].toOwnerId").value(sales1))
                .andExpect(jsonPath("$.items[1].by").value(sales1))
                .andExpect(jsonPath("$.items[1].content").doesNotExist());
        mvc.perform(get("/api/v1/customers/" + id + "/timeline?size=2&page=1")
                        .with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].content").value("met before the claim"));
    }

    @Test
    void onlyThoseWhoSeeTheCustomerSeeItsTimeline() throws Exception {
        String tenant = newTenant();
        UUID id = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");
        followUp(tenant, id, "CALL", "first call", null);

        mvc.perform(get("/api/v1/customers/" + id + "/timeline").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("CUSTOMER_NOT_FOUND"));
        mvc.perform(get("/api/v1/customers/" + id + "/timeline").with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + UUID.randomUUID() + "/timeline")
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/timeline").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/customers/" + id + "/timeline?sort=content,asc")
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCustomerViewShowsItsContactsAndFiveLatestFollowUps() throws Exception {
        String tenant = newTenant();
        UUID id = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme\"}");
        mvc.perform(post("/api/v1/customers/" + id + "/contacts")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Li Lei\"}"))
                .andExpect(status().isCreated());
        Instant start = Instant.now().minus(Duration.ofDays(10));
        for (int day = 0; day < 6; day++) {
            followUp(tenant, id, "CALL", "call on day " + day, start.plus(Duration.ofDays(day)));
        }

        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts.length()").value(1))
                .andExpect(jsonPath("$.contacts[0].name").value("Li Lei"))
                .andExpect(jsonPath("$.recentFollowUps.length()").value(5))
                .andExpect(jsonPath("$.recentFollowUps[0].content").value("call on day 5"))
                .andExpect(jsonPath("$.recentFollowUps[0].type").value("CALL"))
                .andExpect(jsonPath("$.recentFollowUps[4].content").value("call on day 1"));
    }

    private void followUp(String tenant, UUID id, String type, String content, Instant occurredAt) throws Exception {
        String at = occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"";
        mvc.perform(post("/api/v1/customers/" + id + "/follow-ups")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"" + type + "\",\"content\":\"" + content + "\"" + at + "}"))
                .andExpect(status().isCreated());
    }
}
