package com.crmplatform.dealservice.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.dealservice.DealServiceIT;
import com.crmplatform.dealservice.customer.domain.CustomerReadModel;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Creating, reading, editing and listing opportunities, and who may do what. */
class OpportunityIT extends DealServiceIT {

    @Autowired
    CustomerReadModel customers;

    @Test
    void aSalespersonCreatesAnOpportunityForTheirCustomerWhichInheritsItsCampaign() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        UUID customer = knownCustomer(tenant, "sales1", campaign);
        UUID contact = knownContact(tenant, customer);

        JsonNode created = body(mvc.perform(postJson("/api/v1/opportunities", """
                        {"customerId":"%s","name":"ERP rollout","amount":120000.50,"expectedCloseDate":"2027-03-31",
                         "contactIds":["%s"]}
                        """.formatted(customer, contact))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("QUALIFICATION"))
                .andExpect(jsonPath("$.probability").value(10))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.amount").value(120000.50))
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$.sourceCampaignId").value(campaign.toString()))
                .andExpect(jsonPath("$.contactIds[0]").value(contact.toString()))
                .andReturn());
        String id = created.get("id").asString();

        JsonNode event = events(id, OpportunityEvents.CREATED, 1).getFirst();
        assertThat(event.get("tenant").asString()).isEqualTo(tenant);
        JsonNode data = event.get("data");
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(data.get("sourceCampaignId").asString()).isEqualTo(campaign.toString());
        assertThat(data.get("customerDeal").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(data.get("customerDeal").get("sequence").asLong()).isEqualTo(1);
    }

    @Test
    void linesMakeTheAmountExactly() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        String lines = """
                "lines":[{"productName":"Seat","quantity":3,"unitPrice":0.10,"discount":33.33},
                         {"productName":"Support","quantity":1.5,"unitPrice":19999.99}]""";

        mvc.perform(postJson("/api/v1/opportunities", """
                        {"customerId":"%s","name":"Licences",%s}""".formatted(customer, lines))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines[0].amount").value(0.20))
                .andExpect(jsonPath("$.lines[1].amount").value(29999.99))
                .andExpect(jsonPath("$.amount").value(30000.19));
        mvc.perform(postJson("/api/v1/opportunities", """
                        {"customerId":"%s","name":"Licences","amount":30000.18,%s}""".formatted(customer, lines))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
    }

    @Test
    void refusesBadInputWithTheOffendingField() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        String[][] cases = {
            {"{\"customerId\":\"%s\",\"amount\":1}", "name"},
            {"{\"customerId\":\"%s\",\"name\":\"X\"}", "amount"},
            {"{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":-1}", "amount"},
            {"{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":1.234}", "amount"},
            {"{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":1,\"currency\":\"XYZ\"}", "currency"},
            {"{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":1,\"stage\":\"WON\"}", "stage"},
            {"{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":1,\"stage\":\"NOPE\"}", "stage"},
            {"{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":1,\"probability\":101}", "probability"},
            {
                "{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":1,\"contactIds\":[\"" + UUID.randomUUID() + "\"]}",
                "contactIds"
            },
            {"{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":\"ten\"}", "amount"},
            {"{\"customerId\":\"%s\",\"name\":\"X\\u0000\",\"amount\":1}", "name"},
            {"{\"customerId\":\"%s\",\"name\":12345,\"amount\":1}", "name"},
            {
                "{\"customerId\":\"%s\",\"name\":\"X\",\"amount\":1,\"expectedCloseDate\":\"+999999999-12-31\"}",
                "expectedCloseDate"
            },
        };
        for (String[] c : cases) {
            mvc.perform(postJson("/api/v1/opportunities", c[0].formatted(customer))
                            .with(as(tenant, "sales1", "crm-sales")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(c[1]));
        }
        mvc.perform(get("/api/v1/opportunities").param("keyword", "\u0000").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("keyword"));
        assertThat(jdbc.sql("SELECT count(*) FROM opportunity WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theCustomerMustBeLiveAndTheCallers() throws Exception {
        String tenant = newTenant();
        UUID others = knownCustomer(tenant, "sales2");
        UUID pooled = knownCustomer(tenant, null);
        UUID deleted = knownCustomer(tenant, "sales1");
        customers.deleted(tenant, deleted, true, Instant.now());
        String body = "{\"customerId\":\"%s\",\"name\":\"Deal\",\"amount\":10}";

        for (UUID customer : new UUID[] {others, deleted, UUID.randomUUID(), knownCustomer(newTenant(), "sales1")}) {
            mvc.perform(postJson("/api/v1/opportunities", body.formatted(customer))
                            .with(as(tenant, "sales1", "crm-sales")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.reason").value("CUSTOMER_NOT_FOUND"));
        }
        mvc.perform(postJson("/api/v1/opportunities", body.formatted(pooled)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated());
    }

    @Test
    void anAdminAssignsAnOwnerWhoMustBeASalesperson() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        String marketer = directory.register(tenant, "marketing", "crm-marketing");
        UUID pooled = knownCustomer(tenant, null);
        UUID owned = knownCustomer(tenant, "sales1");
        String body = "{\"customerId\":\"%s\",\"name\":\"Deal\",\"amount\":10%s}";

        mvc.perform(postJson("/api/v1/opportunities", body.formatted(pooled, ""))
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerId"));
        mvc.perform(postJson("/api/v1/opportunities", body.formatted(pooled, ",\"ownerId\":\"" + marketer + "\""))
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerId"));
        mvc.perform(postJson("/api/v1/opportunities", body.formatted(pooled, ",\"ownerId\":\"" + sales1 + "\""))
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerId").value(sales1));
        mvc.perform(postJson("/api/v1/opportunities", body.formatted(owned, "")).with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerId").value(sales1));
        mvc.perform(postJson("/api/v1/opportunities", body.formatted(owned, ",\"ownerId\":\"someone\""))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("OWNER_CHANGE_NOT_ALLOWED"));
    }

    @Test
    void onlyTheOwnerAndAdminsOfTheTenantSeeAnOpportunity() throws Exception {
        String tenant = newTenant();
        String id = createOpportunity(tenant, "sales1", knownCustomer(tenant, "sales1"), "10");
        String path = "/api/v1/opportunities/" + id;

        mvc.perform(get(path).with(as(tenant, "sales1", "crm-sales"))).andExpect(status().isOk());
        mvc.perform(get(path).with(as(tenant, "admin", "crm-admin"))).andExpect(status().isOk());
        mvc.perform(get(path).with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("OPPORTUNITY_NOT_FOUND"));
        mvc.perform(get(path).with(as(newTenant(), "admin", "crm-admin"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(get(path).with(as(tenant, "finance", "crm-finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/opportunities").with(as(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(put(path)
                        .with(as(tenant, "sales2", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Mine now\",\"amount\":1,\"version\":0}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void editsNeedTheCurrentVersionAndAnOpenOpportunity() throws Exception {
        String tenant = newTenant();
        String id = createOpportunity(tenant, "sales1", knownCustomer(tenant, "sales1"), "10");
        String path = "/api/v1/opportunities/" + id;

        mvc.perform(put(path)
                        .with(as(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bigger\",\"amount\":99.90,\"currency\":\"usd\",\"probability\":45,"
                                + "\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(99.90))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.probability").value(45))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(path)
                        .with(as(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Lost update\",\"amount\":1,\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(put(path)
                        .with(as(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bigger\",\"amount\":1,\"ownerId\":\"x\",\"version\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(path + "/stage", "{\"stage\":\"WON\"}").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk());
        mvc.perform(put(path)
                        .with(as(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"After the fact\",\"amount\":1,\"version\":2}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("OPPORTUNITY_CLOSED"));
        events(id, OpportunityEvents.UPDATED, 1);
    }

    @Test
    void listsFilterWithinTheCallersScope() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        String small = createOpportunity(tenant, "sales1", customer, "100");
        String big = createOpportunity(tenant, "sales1", customer, "5000");
        createOpportunity(tenant, "sales2", knownCustomer(tenant, "sales2"), "7000");
        mvc.perform(postJson("/api/v1/opportunities/" + big + "/stage", "{\"stage\":\"PROPOSAL\"}")
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/opportunities").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/opportunities").with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/opportunities?amountMin=1000&sort=amount,asc").with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].id").value(big));
        mvc.perform(get("/api/v1/opportunities?stage=QUALIFICATION").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(small));
        mvc.perform(get("/api/v1/opportunities?customerId=" + customer + "&status=OPEN&closeFrom=2027-01-01"
                                + "&closeTo=2027-12-31&keyword=deal")
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/opportunities?amountMin=10&amountMax=1").with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amountMax"));
        mvc.perform(get("/api/v1/opportunities?sort=ownerId,asc").with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/opportunities?status=MAYBE").with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest());
    }

    /** Creates an opportunity closing in mid-2027 and answers its id. */
    String createOpportunity(String tenant, String owner, UUID customer, String amount) throws Exception {
        return body(mvc.perform(postJson("/api/v1/opportunities", """
                                {"customerId":"%s","name":"A deal","amount":%s,"expectedCloseDate":"2027-06-30"}
                                """.formatted(customer, amount))
                                .with(as(tenant, owner, "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
    }
}
