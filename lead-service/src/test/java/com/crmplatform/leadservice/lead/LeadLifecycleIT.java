package com.crmplatform.leadservice.lead;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.LeadServiceIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Editing, invalidating, restoring, filtering and duplicate detection against the real database. */
class LeadLifecycleIT extends LeadServiceIT {

    static final String EDIT = """
            {"name":"Zhang San","company":"Acme Wholesale","title":"Buyer","phone":"13800000001","email":"zs@acme.cn",
             "otherContact":"wechat:zhangsan","source":"REFERRAL","industry":"Retail","city":"Shanghai",
             "notes":"met at the fair","customFields":{"budget":"50k","stores":"12"},
             "nextFollowUpAt":"2030-01-01T09:00:00Z","version":%d}
            """;

    @Test
    void theOwnerEditsTheWholeLeadWithTheVersionItReadAndAStaleVersionIsRefused() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000001"));

        mvc.perform(put("/api/v1/leads/" + id)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(0)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.company").value("Acme Wholesale"))
                .andExpect(jsonPath("$.otherContact").value("wechat:zhangsan"))
                .andExpect(jsonPath("$.city").value("Shanghai"))
                .andExpect(jsonPath("$.customFields.budget").value("50k"))
                .andExpect(jsonPath("$.nextFollowUpAt").value("2030-01-01T09:00:00Z"));

        mvc.perform(put("/api/v1/leads/" + id)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value(1));

        // If-Match instead of a body version.
        mvc.perform(put("/api/v1/leads/" + id)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(1).replace(",\"version\":1", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));

        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.customFields.stores").value("12"));
        assertThat(events(id, LeadEvents.UPDATED)).hasSize(2);
        assertThat(events(id, LeadEvents.UPDATED).get(1).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheOwnerOrAnAdminEditsAndAPoolLeadMustBeClaimedFirst() throws Exception {
        String tenant = newTenant();
        UUID owned = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000002"));
        UUID pooled = capture(tenant, "marketing", "crm-marketing", lead("Li Si", "13800000003"));

        mvc.perform(put("/api/v1/leads/" + owned)
                        .with(user(tenant, "sales2", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(0)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/leads/" + pooled)
                        .with(user(tenant, "sales2", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(0).replace("13800000001", "13800000003")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_IN_POOL"));
        mvc.perform(put("/api/v1/leads/" + owned)
                        .with(user(newTenant(), "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(0)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/leads/" + pooled)
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(0).replace("13800000001", "13800000003")))
                .andExpect(status().isOk());
    }

    @Test
    void anInvalidLeadIsClosedUntilAnAdminRestoresIt() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000004"));

        post(tenant, "sales2", "crm-sales", "/api/v1/leads/" + id + "/invalidate", "{\"reason\":\"spam\"}")
                .andExpect(status().isNotFound());
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + id + "/invalidate", "{\"reason\":\"wrong number\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.invalidReason").value("wrong number"));
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + id + "/invalidate", "{\"reason\":\"again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ILLEGAL_TRANSITION"))
                .andExpect(jsonPath("$.status").value("INVALID"));
        mvc.perform(put("/api/v1/leads/" + id)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDIT.formatted(1).replace("13800000001", "13800000004")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ILLEGAL_TRANSITION"));
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + id + "/restore", null)
                .andExpect(status().isForbidden());

        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + id + "/restore", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.invalidReason").doesNotExist());
        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + id + "/restore", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ILLEGAL_TRANSITION"));

        assertThat(events(id, LeadEvents.INVALIDATED).getFirst().get("reason").asString())
                .isEqualTo("wrong number");
        assertThat(events(id, LeadEvents.RESTORED).getFirst().get("status").asString())
                .isEqualTo("ASSIGNED");
    }

    @Test
    void aDuplicatePhoneOrEmailInTheTenantIsRefusedUnlessAskedToKeepBoth() throws Exception {
        String tenant = newTenant();
        UUID first = capture(
                tenant,
                "marketing",
                "crm-marketing",
                "{\"name\":\"Zhang San\",\"phone\":\"+86 138-0000-0005\",\"email\":\"ZS@Acme.cn\",\"source\":\"WEBSITE\"}");

        post(tenant, "sales1", "crm-sales", "/api/v1/leads", lead("Zhang San Again", "8613800000005"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.reason").value("LEAD_DUPLICATE"))
                .andExpect(jsonPath("$.existingId").value(first.toString()));
        post(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "/api/v1/leads",
                        "{\"name\":\"Z\",\"email\":\"zs@ACME.cn\",\"source\":\"WEBSITE\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingId").value(first.toString()));
        post(tenant, "sales1", "crm-sales", "/api/v1/leads?allowDuplicate=true", lead("Zhang San", "8613800000005"))
                .andExpect(status().isCreated());
        // Editing another lead onto the same email is refused too, and its own phone is no duplicate of itself.
        UUID other = capture(tenant, "sales1", "crm-sales", lead("Li Si", "13800000006"));
        mvc.perform(put("/api/v1/leads/" + other)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Li Si\",\"phone\":\"13800000006\",\"email\":\"zs@acme.CN\","
                                + "\"source\":\"WEBSITE\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_DUPLICATE"))
                .andExpect(jsonPath("$.existingId").value(first.toString()));
        mvc.perform(
                        put("/api/v1/leads/" + other)
                                .with(user(tenant, "sales1", "crm-sales"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"Li Si\",\"phone\":\"138 0000 0006\",\"source\":\"WEBSITE\",\"version\":0}"))
                .andExpect(status().isOk());
        // Another tenant's lead with the same phone is no duplicate.
        post(newTenant(), "sales1", "crm-sales", "/api/v1/leads", lead("Zhang San", "8613800000005"))
                .andExpect(status().isCreated());

        assertThat(jdbc.sql("SELECT count(*) FROM lead WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void listsWithFiltersWithinTheCallersScope() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        UUID mine = capture(tenant, "sales1", "crm-sales", lead("Wang Wu", "13900000001"));
        UUID pooled = capture(
                tenant,
                "marketing",
                "crm-marketing",
                "{\"name\":\"Zhao Liu\",\"company\":\"Globex\",\"email\":\"zl@globex.com\",\"source\":\"WEBINAR\","
                        + "\"campaignId\":\"" + campaign + "\"}");
        UUID others = capture(tenant, "sales2", "crm-sales", lead("Qian Qi", "13900000003"));

        mvc.perform(get("/api/v1/leads?scope=mine").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(mine.toString()));
        mvc.perform(get("/api/v1/leads?scope=pool").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(pooled.toString()));
        mvc.perform(get("/api/v1/leads?source=WEBINAR&campaignId=" + campaign).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/leads?keyword=globex").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.items[0].id").value(pooled.toString()));
        mvc.perform(get("/api/v1/leads?keyword=139-0000-0003").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(others.toString()));
        mvc.perform(get("/api/v1/leads?keyword=qian").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/leads?status=NEW&ownerId="
                                + com.crmplatform.platform.test.TestUsers.idOf(tenant, "sales2"))
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/leads?createdFrom=2000-01-01T00:00:00Z&createdTo=2001-01-01T00:00:00Z")
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/leads?createdFrom=2000-01-01T00:00:00Z").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(3));
        // Marketing reads what it captured and the leads of campaigns, not a salesperson's own lead.
        mvc.perform(get("/api/v1/leads").with(user(tenant, "marketing2", "crm-marketing")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(pooled.toString()));
        mvc.perform(get("/api/v1/leads/" + mine).with(user(tenant, "marketing2", "crm-marketing")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads?status=WON").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }
}
