package com.crmplatform.customerservice.recycling;

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
import com.crmplatform.customerservice.recycling.domain.CustomerRecycler;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The recycling rules end to end: per-tenant rules over HTTP, the job moving due customers to the pool and warning
 * owners once, and the "due within N days" list filter. Each test backdates only its own tenant's customers, so the
 * job (which spans tenants) leaves the other tests' data alone.
 */
class RecyclingIT extends CustomerServiceIT {

    static final String RULES_10_20_3 =
            "{\"enabled\":true,\"noFollowUpDays\":10,\"noDealDays\":20,\"warnDaysBefore\":3,\"exemptWithDeal\":true}";

    @Autowired
    CustomerRecycler recycler;

    @Test
    void anAdminReplacesTheRulesOfTheirTenantOnly() throws Exception {
        String tenant = newTenant();
        String other = newTenant();

        mvc.perform(get("/api/v1/customers/recycling-rules").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.noFollowUpDays").value(30))
                .andExpect(jsonPath("$.noDealDays").value(90))
                .andExpect(jsonPath("$.warnDaysBefore").value(3))
                .andExpect(jsonPath("$.exemptWithDeal").value(true))
                .andExpect(jsonPath("$.usingDefaults").value(true));

        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noFollowUpDays").value(10))
                .andExpect(jsonPath("$.usingDefaults").value(false));
        mvc.perform(rules(tenant, "sales1", "crm-sales", RULES_10_20_3.replace("10", "11")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/recycling-rules").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isForbidden());
        mvc.perform(rules(
                        tenant,
                        "admin",
                        "crm-admin",
                        RULES_10_20_3.replace("\"warnDaysBefore\":3", "\"warnDaysBefore\":10")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("warnDaysBefore"));

        mvc.perform(get("/api/v1/customers/recycling-rules").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.noFollowUpDays").value(10))
                .andExpect(jsonPath("$.noDealDays").value(20))
                .andExpect(jsonPath("$.warnDaysBefore").value(3))
                .andExpect(jsonPath("$.updatedBy").value(directory.register(tenant, "admin", "crm-admin")));
        mvc.perform(get("/api/v1/customers/recycling-rules").with(user(other, "admin", "crm-admin")))
                .andExpect(jsonPath("$.noFollowUpDays").value(30))
                .andExpect(jsonPath("$.usingDefaults").value(true));
    }

    @Test
    void recyclesDueCustomersButNotFreshExemptOrRecentlyFollowedUpOnes() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3)).andExpect(status().isOk());
        UUID silent = owned(tenant, "Silent", 11, null);
        UUID noDeal = owned(tenant, "No deal", 21, 1);
        UUID fresh = owned(tenant, "Fresh", 0, null);
        UUID followedUp = owned(tenant, "Followed up", 15, 2);
        UUID exempt = owned(tenant, "Exempt", 30, null);
        jdbc.sql("UPDATE customer SET deal_status = 'DEAL' WHERE id = ?")
                .param(exempt)
                .update();
        UUID inProgress = owned(tenant, "In progress", 21, 1);
        jdbc.sql("UPDATE customer SET deal_status = 'IN_PROGRESS' WHERE id = ?")
                .param(inProgress)
                .update();
        String defaults = newTenant();
        UUID underDefaults = owned(defaults, "Default rules", 11, null);

        recycler.run(Instant.now());

        assertThat(ownerOf(silent)).isNull();
        assertThat(ownerOf(noDeal)).isNull();
        assertThat(ownerOf(fresh)).isEqualTo(sales1);
        assertThat(ownerOf(followedUp)).isEqualTo(sales1);
        assertThat(ownerOf(exempt)).isEqualTo(sales1);
        assertThat(ownerOf(inProgress)).isNull();
        assertThat(ownerOf(underDefaults)).isNotNull();

        mvc.perform(get("/api/v1/customers/" + silent + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].change").value("RECYCLED"))
                .andExpect(jsonPath("$[0].fromOwnerId").value(sales1))
                .andExpect(jsonPath("$[0].toOwnerId").doesNotExist())
                .andExpect(jsonPath("$[0].changedBy").value("system"))
                .andExpect(jsonPath("$[0].reason").value("no follow-up for 10 days"));
        mvc.perform(get("/api/v1/customers/" + noDeal + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$[0].reason").value("no deal within 20 days"));
        mvc.perform(get("/api/v1/customers?scope=pool").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/customers/" + inProgress + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$[0].reason").value("no deal within 20 days"));
        JsonNode event = events(silent, CustomerEvents.OWNER_CHANGED, 1).getFirst();
        assertThat(event.get("data").get("change").asString()).isEqualTo("RECYCLED");
        assertThat(event.get("data").get("previousOwnerId").asString()).isEqualTo(sales1);
        JsonNode newOwner = event.get("data").get("newOwnerId");
        assertThat(newOwner == null || newOwner.isNull()).isTrue();
        assertThat(event.get("data").get("changedBy").asString()).isEqualTo("system");
    }

    @Test
    void aRestoredCustomerStartsANewOwnershipPeriod() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3)).andExpect(status().isOk());
        UUID restored = owned(tenant, "Deleted a while", 40, null);
        mvc.perform(delete("/api/v1/customers/" + restored).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/customers/" + restored + "/restore").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk());

        recycler.run(Instant.now());

        assertThat(ownerOf(restored)).isEqualTo(sales1);
    }

    @Test
    void aDisabledTenantRecyclesNothing() throws Exception {
        String tenant = newTenant();
        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3.replace("\"enabled\":true", "\"enabled\":false")))
                .andExpect(status().isOk());
        UUID silent = owned(tenant, "Silent", 40, null);

        recycler.run(Instant.now());

        assertThat(ownerOf(silent)).isNotNull();
        mvc.perform(get("/api/v1/customers?recycleDueWithinDays=0").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void warnsTheOwnerOnceAndAgainOnlyWhenTheOwnerChanges() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        directory.register(tenant, "sales2", "crm-sales");
        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3)).andExpect(status().isOk());
        UUID dueSoon = owned(tenant, "Due in two days", 8, null);
        UUID notYet = owned(tenant, "Due in five days", 5, null);

        recycler.run(Instant.now());
        recycler.run(Instant.now().plus(Duration.ofMinutes(1)));

        assertThat(outboxCount(dueSoon.toString(), CustomerEvents.RECYCLE_WARNING))
                .isEqualTo(1);
        assertThat(outboxCount(notYet.toString(), CustomerEvents.RECYCLE_WARNING))
                .isZero();
        assertThat(ownerOf(dueSoon)).isEqualTo(sales1);
        JsonNode warning =
                events(dueSoon, CustomerEvents.RECYCLE_WARNING, 1).getFirst().get("data");
        assertThat(warning.get("ownerId").asString()).isEqualTo(sales1);
        assertThat(warning.get("rule").asString()).isEqualTo("NO_FOLLOW_UP");
        Instant dueAt = Instant.parse(warning.get("dueAt").asString());
        assertThat(dueAt)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(2)).minus(Duration.ofMinutes(5)),
                        Instant.now().plus(Duration.ofDays(2)));

        mvc.perform(post("/api/v1/customers/" + dueSoon + "/assign")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerId\":\"" + directory.register(tenant, "sales2", "crm-sales")
                                + "\",\"reason\":\"cover\"}"))
                .andExpect(status().isOk());
        backdate(dueSoon, 8, null);
        recycler.run(Instant.now());

        assertThat(outboxCount(dueSoon.toString(), CustomerEvents.RECYCLE_WARNING))
                .isEqualTo(2);
    }

    @Test
    void aSalespersonListsTheirCustomersDueWithinNDays() throws Exception {
        String tenant = newTenant();
        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3)).andExpect(status().isOk());
        UUID inTwoDays = owned(tenant, "Due in two days", 8, null);
        UUID inFiveDays = owned(tenant, "Due in five days", 5, null);
        owned(tenant, "Fresh", 0, null);
        UUID exempt = owned(tenant, "Exempt", 9, null);
        jdbc.sql("UPDATE customer SET deal_status = 'DEAL' WHERE id = ?")
                .param(exempt)
                .update();

        mvc.perform(get("/api/v1/customers?recycleDueWithinDays=3").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(inTwoDays.toString()));
        mvc.perform(get("/api/v1/customers?recycleDueWithinDays=6&sort=name,asc")
                        .with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].id").value(inFiveDays.toString()));
        mvc.perform(get("/api/v1/customers?recycleDueWithinDays=6").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/customers?recycleDueWithinDays=-1").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("recycleDueWithinDays"));
    }

    @Test
    void aCustomersDetailSaysWhenTheRulesTakeItBackAndNothingWhenExemptOrOff() throws Exception {
        String tenant = newTenant();
        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3)).andExpect(status().isOk());
        UUID silent = owned(tenant, "Silent for eight days", 8, null);
        UUID exempt = owned(tenant, "Exempt", 9, null);
        jdbc.sql("UPDATE customer SET deal_status = 'DEAL' WHERE id = ?")
                .param(exempt)
                .update();

        // no follow-up rule: 10 days after it was owned, 8 days ago, so in 2 days (sooner than the 20-day no-deal rule)
        Instant dueAt = Instant.parse(
                body(mvc.perform(get("/api/v1/customers/" + silent).with(user(tenant, "sales1", "crm-sales")))
                                .andExpect(status().isOk())
                                .andReturn())
                        .get("recycleDueAt")
                        .asString());
        assertThat(dueAt)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(2)).minus(Duration.ofMinutes(5)),
                        Instant.now().plus(Duration.ofDays(2)));
        mvc.perform(get("/api/v1/customers/" + exempt).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.recycleDueAt").doesNotExist());

        mvc.perform(rules(tenant, "admin", "crm-admin", RULES_10_20_3.replace("\"enabled\":true", "\"enabled\":false")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/" + silent).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.recycleDueAt").doesNotExist());
    }

    /** A customer of sales1 whose ownership began {@code ownedDaysAgo} days ago, last followed up as given. */
    private UUID owned(String tenant, String name, int ownedDaysAgo, Integer followedUpDaysAgo) throws Exception {
        UUID id =
                createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}");
        backdate(id, ownedDaysAgo, followedUpDaysAgo);
        return id;
    }

    private void backdate(UUID id, int ownedDaysAgo, Integer followedUpDaysAgo) {
        jdbc.sql("""
                        UPDATE customer SET owned_since = now() - make_interval(days => ?),
                               last_follow_up_at = now() - make_interval(days => CAST(? AS INT))
                        WHERE id = ?
                        """).param(ownedDaysAgo).param(followedUpDaysAgo).param(id).update();
    }

    private String ownerOf(UUID id) {
        return jdbc.sql("SELECT owner_id FROM customer WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static RequestBuilder rules(String tenant, String username, String role, String body) {
        return put("/api/v1/customers/recycling-rules")
                .with(user(tenant, username, role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
