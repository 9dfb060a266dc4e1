package com.crmplatform.billingservice;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may do what: every endpoint against every role, another salesperson, another tenant, no token, no tenant. Finance
 * everything in its tenant; sales plans and payments of their own contracts, recording but not confirming; admins read
 * only; marketing nothing.
 */
class SecurityIT extends BillingServiceIT {

    String tenant;
    UUID contract;
    String payment;

    @BeforeEach
    void aContractWithAPayment() throws Exception {
        tenant = newTenant();
        contract = activeContract(tenant, "sales1", "1000.00");
        payment = record(tenant, contract, "10.00").get("id").asString();
    }

    /** Each endpoint, as a fresh request (the reverse needs a payment of its own to succeed). */
    Map<String, Supplier<MockHttpServletRequestBuilder>> endpoints() {
        return Map.of(
                "GET plan", () -> get(planPath(contract)),
                "PUT plan", () -> putJson(planPath(contract), "{\"version\":0,\"installments\":[]}"),
                "POST payment", () -> postJson(PAYMENTS, payment(contract, "1.00", "")),
                "GET payments", () -> get(PAYMENTS),
                "GET payment", () -> get(PAYMENTS + "/" + payment),
                "confirm", () -> post(PAYMENTS + "/" + payment + "/confirm"),
                "reverse", () -> postJson(PAYMENTS + "/" + payment + "/reverse", "{\"reason\":\"test\"}"),
                "receivables", () -> get("/api/v1/receivables"),
                "aging", () -> get("/api/v1/receivables/aging"),
                "summary", () -> get("/api/v1/receivables/summary?groupBy=customer"));
    }

    @Test
    void withoutATokenEverythingIsUnauthenticated() throws Exception {
        for (var endpoint : endpoints().entrySet()) {
            mvc.perform(endpoint.getValue().get())
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        }
    }

    @Test
    void aTokenWithoutTenantIsRefused() throws Exception {
        for (var endpoint : endpoints().entrySet()) {
            mvc.perform(endpoint.getValue().get().with(user(null, "finance", "crm-finance")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("TENANT_MISSING"));
        }
    }

    @Test
    void marketingHasNoAccessToMoney() throws Exception {
        for (var endpoint : endpoints().entrySet()) {
            mvc.perform(endpoint.getValue().get().with(as(tenant, "marketing", "crm-marketing")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
    }

    @Test
    void adminsReadEverythingAndWriteNothing() throws Exception {
        RequestPostProcessor admin = as(tenant, "admin", "crm-admin");
        for (String read : List.of("GET plan", "GET payments", "GET payment", "receivables", "aging", "summary")) {
            mvc.perform(endpoints().get(read).get().with(admin)).andExpect(status().isOk());
        }
        for (String write : List.of("PUT plan", "POST payment", "confirm", "reverse")) {
            mvc.perform(endpoints().get(write).get().with(admin))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        mvc.perform(get(PAYMENTS + "/" + payment).with(admin))
                .andExpect(jsonPath("$.status").value("RECORDED"));
    }

    @Test
    void salesWorkTheirOwnContractsAndNeitherConfirmNorSeeReports() throws Exception {
        RequestPostProcessor owner = as(tenant, "sales1", "crm-sales");
        for (String allowed : List.of("GET plan", "GET payments", "GET payment")) {
            mvc.perform(endpoints().get(allowed).get().with(owner)).andExpect(status().isOk());
        }
        mvc.perform(endpoints().get("PUT plan").get().with(owner)).andExpect(status().isOk());
        mvc.perform(endpoints().get("POST payment").get().with(owner)).andExpect(status().isCreated());
        for (String refused : List.of("confirm", "reverse", "receivables", "aging", "summary")) {
            mvc.perform(endpoints().get(refused).get().with(owner))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
    }

    @Test
    void anotherSalespersonsContractIsNotFound() throws Exception {
        RequestPostProcessor colleague = as(tenant, "sales2", "crm-sales");
        for (String hidden : List.of("GET plan", "PUT plan", "POST payment")) {
            mvc.perform(endpoints().get(hidden).get().with(colleague))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_FOUND"));
        }
        mvc.perform(endpoints().get("GET payment").get().with(colleague))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("PAYMENT_NOT_FOUND"));
        mvc.perform(get(PAYMENTS).with(colleague))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(PAYMENTS + "?contractId=" + contract).with(colleague))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anotherTenantSeesNothing() throws Exception {
        RequestPostProcessor outsider = finance(newTenant());
        for (String hidden : List.of("GET plan", "PUT plan", "POST payment")) {
            mvc.perform(endpoints().get(hidden).get().with(outsider))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_FOUND"));
        }
        for (String hidden : List.of("GET payment", "confirm", "reverse")) {
            mvc.perform(endpoints().get(hidden).get().with(outsider))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.reason").value("PAYMENT_NOT_FOUND"));
        }
        mvc.perform(get(PAYMENTS).with(outsider))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/receivables").with(outsider))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(PAYMENTS + "/" + payment).with(finance(tenant)))
                .andExpect(jsonPath("$.status").value("RECORDED"));
    }

    @Test
    void financeDoesEverythingInItsTenant() throws Exception {
        for (String read : List.of("GET plan", "GET payments", "GET payment", "receivables", "aging", "summary")) {
            mvc.perform(endpoints().get(read).get().with(finance(tenant))).andExpect(status().isOk());
        }
        mvc.perform(endpoints().get("PUT plan").get().with(finance(tenant))).andExpect(status().isOk());
        mvc.perform(endpoints().get("POST payment").get().with(finance(tenant))).andExpect(status().isCreated());
        mvc.perform(endpoints().get("confirm").get().with(finance(tenant))).andExpect(status().isOk());
        mvc.perform(endpoints().get("reverse").get().with(finance(tenant))).andExpect(status().isOk());
    }
}
