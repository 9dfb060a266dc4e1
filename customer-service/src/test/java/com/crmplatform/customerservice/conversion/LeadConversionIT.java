package com.crmplatform.customerservice.conversion;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.contracts.customer.CustomerFromLeadRequest;
import com.crmplatform.contracts.customer.CustomerFromLeadResponse;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.customerservice.CustomerServiceIT;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The conversion endpoint lead-service calls: creates customer + primary contact once per lead and tenant. */
class LeadConversionIT extends CustomerServiceIT {

    @Test
    void convertsALeadOnceAndAnswersTheSameIdsOnRetry() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        UUID leadId = UUID.randomUUID();
        UUID campaignId = UUID.randomUUID();
        String body = json.writeValueAsString(request(leadId, campaignId, sales1));

        MvcResult first = mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(true))
                .andReturn();
        CustomerFromLeadResponse created =
                json.readValue(first.getResponse().getContentAsString(), CustomerFromLeadResponse.class);

        mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.customerId").value(created.customerId().toString()))
                .andExpect(jsonPath("$.contactId").value(created.contactId().toString()));

        mvc.perform(get("/api/v1/customers/" + created.customerId()).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Acme Retail"))
                .andExpect(jsonPath("$.ownerId").value(sales1))
                .andExpect(jsonPath("$.sourceLeadId").value(leadId.toString()))
                .andExpect(jsonPath("$.sourceCampaignId").value(campaignId.toString()))
                .andExpect(jsonPath("$.source").value("TRADE_SHOW"))
                .andExpect(jsonPath("$.contacts.length()").value(1))
                .andExpect(
                        jsonPath("$.contacts[0].id").value(created.contactId().toString()))
                .andExpect(jsonPath("$.contacts[0].name").value("Zhang San"))
                .andExpect(jsonPath("$.contacts[0].primary").value(true));

        JsonNode event = events(created.customerId(), CustomerEvents.CREATED, 1).getFirst();
        assertThat(event.get("data").get("sourceLeadId").asString()).isEqualTo(leadId.toString());
        assertThat(event.get("data").get("sourceCampaignId").asString()).isEqualTo(campaignId.toString());
        events(created.customerId(), CustomerEvents.CONTACT_CREATED, 1);
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE tenant = ? AND source_lead_id = ?")
                        .params(tenant, leadId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void concurrentConversionsOfOneLeadCreateOneCustomer() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        String body = json.writeValueAsString(request(UUID.randomUUID(), null, sales1));
        Callable<MvcResult> call = () -> mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();

        List<Integer> statuses = new ArrayList<>();
        List<String> customerIds = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(call));
            }
            for (Future<MvcResult> result : results) {
                statuses.add(result.get().getResponse().getStatus());
                customerIds.add(body(result.get()).get("customerId").asString());
            }
        }
        assertThat(statuses).containsOnlyOnce(201).contains(200);
        assertThat(customerIds).containsOnly(customerIds.getFirst());
    }

    @Test
    void theSameLeadIdInAnotherTenantIsAnotherCustomer() throws Exception {
        UUID leadId = UUID.randomUUID();
        for (String tenant : List.of(newTenant(), newTenant())) {
            String admin = directory.register(tenant, "admin", "crm-admin");
            mvc.perform(post("/api/v1/customers/from-lead")
                            .with(user(tenant, "admin", "crm-admin"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(request(leadId, null, admin))))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void refusesAnOwnerWhoIsNotAnActiveMemberOfTheTenant() throws Exception {
        String tenant = newTenant();
        String gone = directory.registerDisabled(tenant, "gone", "crm-sales");
        String foreign = directory.register(newTenant(), "sales9", "crm-sales");

        for (String ownerId : List.of(gone, foreign, "nobody")) {
            mvc.perform(post("/api/v1/customers/from-lead")
                            .with(user(tenant, "admin", "crm-admin"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(request(UUID.randomUUID(), null, ownerId))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.field").value("ownerId"));
        }
    }

    @Test
    void aSalespersonConvertsOnlyToThemselves() throws Exception {
        String tenant = newTenant();
        directory.register(tenant, "sales1", "crm-sales");
        String sales2 = directory.register(tenant, "sales2", "crm-sales");

        mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(request(UUID.randomUUID(), null, sales2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerId"));
        assertThat(idOf(tenant, "sales2")).isEqualTo(sales2);
    }

    @Test
    void refusesAnIncompleteRequestNamingTheField() throws Exception {
        String tenant = newTenant();
        mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadId\":\"" + UUID.randomUUID()
                                + "\",\"kind\":\"ORGANIZATION\",\"ownerId\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
    }

    private static CustomerFromLeadRequest request(UUID leadId, UUID campaignId, String ownerId) {
        return new CustomerFromLeadRequest(
                leadId,
                "Acme Retail",
                CustomerKind.ORGANIZATION,
                "retail",
                "13800000000",
                "zhang@acme.example",
                LeadSource.TRADE_SHOW,
                campaignId,
                ownerId,
                new CustomerFromLeadRequest.FirstContact("Zhang San", "Buyer", "13800000000", "zhang@acme.example"));
    }
}
