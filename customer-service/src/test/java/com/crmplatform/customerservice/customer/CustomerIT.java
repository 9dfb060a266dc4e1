package com.crmplatform.customerservice.customer;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.customerservice.CustomerServiceIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Customers end to end: HTTP → PostgreSQL → outbox → Kafka, with duplicates, data scope and tenant isolation. */
class CustomerIT extends CustomerServiceIT {

    static final String ACME = """
            {"kind":"ORGANIZATION","name":"Acme  Retail","phone":"138-0000-0000","industry":"retail","level":"A",
             "source":"TRADE_SHOW","tags":["vip","north"]}
            """;

    @Test
    void aSalespersonsNewCustomerIsTheirsAndIsPublished() throws Exception {
        String tenant = newTenant();
        UUID id = createCustomer(tenant, "sales1", "crm-sales", ACME);

        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Acme  Retail"))
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$.dealStatus").value("NONE"))
                .andExpect(jsonPath("$.level").value("A"))
                .andExpect(jsonPath("$.tags[0]").value("vip"))
                .andExpect(jsonPath("$.tags[1]").value("north"))
                .andExpect(jsonPath("$.contacts").isEmpty())
                .andExpect(jsonPath("$.version").value(0));

        JsonNode event = events(id, CustomerEvents.CREATED, 1).getFirst();
        assertThat(event.get("tenant").asString()).isEqualTo(tenant);
        assertThat(event.get("data").get("ownerId").asString()).isEqualTo(idOf(tenant, "sales1"));
        assertThat(event.get("data").get("source").asString()).isEqualTo("TRADE_SHOW");
    }

    @Test
    void refusesADuplicateNameOrPhoneInTheTenantUnlessAllowed() throws Exception {
        String tenant = newTenant();
        UUID existing = createCustomer(tenant, "admin", "crm-admin", ACME);

        mvc.perform(post("/api/v1/customers")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ORGANIZATION\",\"name\":\" ACME retail \"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.reason").value("CUSTOMER_DUPLICATE"))
                .andExpect(jsonPath("$.existingId").value(existing.toString()));
        mvc.perform(post("/api/v1/customers")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ORGANIZATION\",\"name\":\"Other\",\"phone\":\"13800000000\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingId").value(existing.toString()));
        mvc.perform(post("/api/v1/customers?allowDuplicate=true")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ORGANIZATION\",\"name\":\"acme retail\"}"))
                .andExpect(status().isCreated());
        createCustomer(newTenant(), "sales1", "crm-sales", ACME);
    }

    @Test
    void listsWithScopeFiltersAndRolesWithinTheDataScope() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        UUID own = createCustomer(tenant, "sales1", "crm-sales", ACME);
        UUID pooled = createCustomer(tenant, "admin", "crm-admin", """
                {"kind":"INDIVIDUAL","name":"Li Si","industry":"finance","level":"B","source":"WEBINAR",
                 "sourceCampaignId":"%s"}
                """.formatted(campaign));
        UUID others = createCustomer(tenant, "sales2", "crm-sales", """
                {"kind":"ORGANIZATION","name":"Globex","phone":"+86 21 5555 0101","level":"C"}
                """);

        mvc.perform(get("/api/v1/customers").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/customers?scope=mine").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own.toString()));
        mvc.perform(get("/api/v1/customers?scope=pool").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(pooled.toString()));
        mvc.perform(get("/api/v1/customers?sort=name,asc").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.items[0].id").value(own.toString()))
                .andExpect(jsonPath("$.items[1].id").value(others.toString()));
        mvc.perform(get("/api/v1/customers?ownerId=" + idOf(tenant, "sales2")).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(others.toString()));
        mvc.perform(get("/api/v1/customers?ownerId=" + idOf(tenant, "sales2"))
                        .with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/customers?tag=vip&level=A&industry=retail&source=TRADE_SHOW&dealStatus=NONE")
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(own.toString()));
        mvc.perform(get("/api/v1/customers?campaignId=" + campaign).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.items[0].id").value(pooled.toString()));
        mvc.perform(get("/api/v1/customers?keyword=glob").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/customers?keyword=5555-0101").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.items[0].id").value(others.toString()));
        mvc.perform(get("/api/v1/customers?keyword=100%25").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/customers?noFollowUpForDays=1").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(0));
        jdbc.sql("UPDATE customer SET created_at = now() - interval '10 days' WHERE id = ?")
                .param(others)
                .update();
        mvc.perform(get("/api/v1/customers?noFollowUpForDays=7").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(others.toString()));
        mvc.perform(get("/api/v1/customers").with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(pooled.toString()));
        mvc.perform(get("/api/v1/customers").with(user(tenant, "finance", "crm-finance")))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void anotherSalespersonsCustomerIsNotFoundAndThePoolIsReadOnlyUntilClaimed() throws Exception {
        String tenant = newTenant();
        UUID own = createCustomer(tenant, "sales1", "crm-sales", ACME);
        UUID pooled = createCustomer(tenant, "admin", "crm-admin", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Li Si\"}");

        mvc.perform(get("/api/v1/customers/" + own).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.reason").value("CUSTOMER_NOT_FOUND"));
        mvc.perform(put("/api/v1/customers/" + own)
                        .with(user(tenant, "sales2", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ORGANIZATION\",\"name\":\"Mine now\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + own).with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + own).with(user(tenant, "finance", "crm-finance")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/" + pooled).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/customers/" + pooled)
                        .with(user(tenant, "sales2", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INDIVIDUAL\",\"name\":\"Li Si\",\"version\":0}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("NOT_CUSTOMER_OWNER"));
    }

    @Test
    void tenantsNeverSeeEachOther() throws Exception {
        String tenant = newTenant();
        String other = newTenant();
        UUID id = createCustomer(tenant, "admin", "crm-admin", ACME);

        mvc.perform(get("/api/v1/customers/" + id).with(user(other, "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers").with(user(other, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(put("/api/v1/customers/" + id)
                        .with(user(other, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ORGANIZATION\",\"name\":\"Taken\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/customers/" + id).with(user(other, "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deletedAt").doesNotExist());
    }

    @Test
    void updatesWithOptimisticLocking() throws Exception {
        String tenant = newTenant();
        UUID id = createCustomer(tenant, "sales1", "crm-sales", ACME);
        String edit = """
                {"kind":"ORGANIZATION","name":"Acme Retail Group","level":"B","tags":["key"],"version":0}
                """;

        mvc.perform(put("/api/v1/customers/" + id)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Acme Retail Group"))
                .andExpect(jsonPath("$.level").value("B"))
                .andExpect(jsonPath("$.tags[0]").value("key"))
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/customers/" + id)
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value(1));

        JsonNode event = events(id, CustomerEvents.UPDATED, 1).getFirst();
        assertThat(event.get("data").get("name").asString()).isEqualTo("Acme Retail Group");
        assertThat(event.get("data").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anUpdateMayNotCollideWithAnotherCustomerUnlessAllowed() throws Exception {
        String tenant = newTenant();
        UUID first = createCustomer(tenant, "sales1", "crm-sales", ACME);
        UUID second = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Globex\"}");
        String rename = "{\"kind\":\"ORGANIZATION\",\"name\":\"acme retail\",\"version\":0}";

        mvc.perform(put("/api/v1/customers/" + second)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rename))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CUSTOMER_DUPLICATE"))
                .andExpect(jsonPath("$.existingId").value(first.toString()));
        mvc.perform(put("/api/v1/customers/" + second + "?allowDuplicate=true")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(rename))
                .andExpect(status().isOk());
    }

    @Test
    void anAdminSoftDeletesAndRestores() throws Exception {
        String tenant = newTenant();
        UUID id = createCustomer(tenant, "sales1", "crm-sales", ACME);

        mvc.perform(delete("/api/v1/customers/" + id).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deletedAt").exists());
        mvc.perform(get("/api/v1/customers").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/customers?deleted=true").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()));
        mvc.perform(get("/api/v1/customers?deleted=true").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(post("/api/v1/customers/" + id + "/restore").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deletedAt").doesNotExist())
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "sales1")));
        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk());
        events(id, CustomerEvents.DELETED, 1);
        events(id, CustomerEvents.RESTORED, 1);
    }
}
