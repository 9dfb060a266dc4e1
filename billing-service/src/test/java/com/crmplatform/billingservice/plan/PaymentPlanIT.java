package com.crmplatform.billingservice.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import com.crmplatform.contracts.billing.ReceivableEvents;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** A contract's payment plan (回款计划): its rules, its version, and what payments hold of it. */
class PaymentPlanIT extends BillingServiceIT {

    @Test
    void theOwnerPlansInstallmentsWithinTheContractAmount() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        mvc.perform(get(planPath(contract)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.installments.length()").value(0))
                .andExpect(jsonPath("$.contractAmount").value(1000.00))
                .andExpect(jsonPath("$.planned").value(0.00));

        JsonNode plan = body(replace(tenant, "sales1", contract, 0, """
                        {"dueDate":"2027-02-01","amount":600.00,"note":"on delivery"},
                        {"dueDate":"2027-01-01","amount":400,"note":"deposit"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.planned").value(1000.00))
                .andExpect(jsonPath("$.installments[0].dueDate").value("2027-01-01"))
                .andExpect(jsonPath("$.installments[0].note").value("deposit"))
                .andExpect(jsonPath("$.installments[0].status").value("PENDING"))
                .andExpect(jsonPath("$.installments[1].amount").value(600.00))
                .andExpect(jsonPath("$.updatedBy").value(idOf(tenant, "sales1")))
                .andReturn());
        mvc.perform(get(planPath(contract)).with(finance(tenant)))
                .andExpect(jsonPath("$.installments[1].id")
                        .value(plan.get("installments").get(1).get("id").asString()));

        JsonNode event =
                published(contract.toString(), ReceivableEvents.PLAN_CHANGED).getFirst();
        JsonNode data = event.get("data");
        assertThat(event.get("tenant").asString()).isEqualTo(tenant);
        assertThat(data.get("planned").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(data.get("currency").asString()).isEqualTo("CNY");
        assertThat(data.get("installments")).hasSize(2);
        assertThat(data.get("installments").get(0).get("amount").decimalValue()).isEqualByComparingTo("400.00");
    }

    @Test
    void installmentsKeepTheirIdsAndTheVersionGuardsEveryEdit() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        JsonNode first = body(replace(tenant, "sales1", contract, 0, """
                        {"dueDate":"2027-01-01","amount":100},{"dueDate":"2027-02-01","amount":200}""").andReturn());
        String kept = first.get("installments").get(0).get("id").asString();
        String dropped = first.get("installments").get(1).get("id").asString();

        JsonNode second = body(replace(tenant, "finance", contract, 1, """
                        {"id":"%s","dueDate":"2027-01-15","amount":150},{"dueDate":"2027-03-01","amount":300}""".formatted(kept))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.updatedBy").value(idOf(tenant, "finance")))
                .andReturn());
        List<String> ids = second.get("installments")
                .valueStream()
                .map(i -> i.get("id").asString())
                .toList();
        assertThat(ids).hasSize(2).contains(kept).doesNotContain(dropped);
        assertThat(second.get("installments").get(0).get("dueDate").asString()).isEqualTo("2027-01-15");

        replace(tenant, "sales1", contract, 1, "{\"dueDate\":\"2027-01-01\",\"amount\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value(2));
        replace(tenant, "sales1", contract, 0, "{\"dueDate\":\"2027-01-01\",\"amount\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
        replace(tenant, "sales1", contract, 2, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));
        assertThat(published(contract.toString(), ReceivableEvents.PLAN_CHANGED))
                .hasSize(3);
    }

    @Test
    void refusesBadPlansWithTheFieldAndChangesNothing() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        String id = body(replace(tenant, "sales1", contract, 0, "{\"dueDate\":\"2027-01-01\",\"amount\":100}")
                        .andReturn())
                .get("installments")
                .get(0)
                .get("id")
                .asString();
        String[][] cases = {
            {"{\"version\":1,\"installments\":[{\"dueDate\":\"2027-01-01\",\"amount\":1000.01}]}", "installments"},
            {
                "{\"version\":1,\"installments\":[{\"dueDate\":\"2027-01-01\",\"amount\":600},"
                        + "{\"dueDate\":\"2027-02-01\",\"amount\":400.01}]}",
                "installments"
            },
            {"{\"version\":1,\"installments\":[{\"dueDate\":\"2027-01-01\",\"amount\":0}]}", "installments[0].amount"},
            {"{\"version\":1,\"installments\":[{\"dueDate\":\"2027-01-01\",\"amount\":-5}]}", "installments[0].amount"},
            {
                "{\"version\":1,\"installments\":[{\"dueDate\":\"2027-01-01\",\"amount\":1.001}]}",
                "installments[0].amount"
            },
            {"{\"version\":1,\"installments\":[{\"dueDate\":\"2027-01-01\"}]}", "installments[0].amount"},
            {"{\"version\":1,\"installments\":[{\"amount\":1}]}", "installments[0].dueDate"},
            {"{\"version\":1,\"installments\":[{\"dueDate\":\"1999-12-31\",\"amount\":1}]}", "installments[0].dueDate"},
            {"{\"version\":1,\"installments\":[{\"dueDate\":\"2027-02-30\",\"amount\":1}]}", "installments[0].dueDate"},
            {
                "{\"version\":1,\"installments\":[{\"dueDate\":\"2027-01-01\",\"amount\":1,\"note\":\""
                        + "n".repeat(501) + "\"}]}",
                "installments[0].note"
            },
            {
                "{\"version\":1,\"installments\":[{\"id\":\"" + UUID.randomUUID()
                        + "\",\"dueDate\":\"2027-01-01\",\"amount\":1}]}",
                "installments[0].id"
            },
            {
                "{\"version\":1,\"installments\":[{\"id\":\"" + id + "\",\"dueDate\":\"2027-01-01\",\"amount\":1},"
                        + "{\"id\":\"" + id + "\",\"dueDate\":\"2027-01-01\",\"amount\":1}]}",
                "installments[1].id"
            },
            {"{\"installments\":[]}", "version"},
            {"{\"version\":-1,\"installments\":[]}", "version"},
            {"{\"version\":1}", "installments"},
            {"{\"version\":1,\"installments\":[null]}", "installments[0]"},
        };
        for (String[] c : cases) {
            mvc.perform(putJson(planPath(contract), c[0]).with(as(tenant, "sales1", "crm-sales")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code")
                            .value(org.hamcrest.Matchers.anyOf(
                                    org.hamcrest.Matchers.is("VALIDATION_FAILED"),
                                    org.hamcrest.Matchers.is("MALFORMED_REQUEST"))))
                    .andExpect(jsonPath("$.field").value(c[1]));
        }
        mvc.perform(get(planPath(contract)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.installments.length()").value(1))
                .andExpect(jsonPath("$.installments[0].amount").value(100.00));
        assertThat(published(contract.toString(), ReceivableEvents.PLAN_CHANGED))
                .hasSize(1);
    }

    @Test
    void anInstallmentKeepsWhatPaymentsHoldOfIt() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        String id = body(replace(tenant, "sales1", contract, 0, """
                                {"dueDate":"2027-01-01","amount":300},{"dueDate":"2027-02-01","amount":300}""").andReturn())
                .get("installments")
                .get(0)
                .get("id")
                .asString();
        String payment = body(mvc.perform(
                                postJson(PAYMENTS, payment(contract, "200.00", ",\"installmentIds\":[\"" + id + "\"]"))
                                        .with(as(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();

        replace(
                        tenant,
                        "sales1",
                        contract,
                        1,
                        "{\"id\":\"%s\",\"dueDate\":\"2027-01-01\",\"amount\":199.99}".formatted(id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("INSTALLMENT_PAID"))
                .andExpect(jsonPath("$.field").value("installments[0].amount"))
                .andExpect(jsonPath("$.installmentId").value(id));
        replace(tenant, "sales1", contract, 1, "{\"dueDate\":\"2027-01-01\",\"amount\":300}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("INSTALLMENT_PAID"))
                .andExpect(jsonPath("$.installmentId").value(id));
        replace(
                        tenant,
                        "sales1",
                        contract,
                        1,
                        "{\"id\":\"%s\",\"dueDate\":\"2027-03-01\",\"amount\":200}".formatted(id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.installments[0].recorded").value(200.00))
                .andExpect(jsonPath("$.installments[0].unpaid").value(200.00));

        // Once the payment is reversed nothing holds the installment any more.
        mvc.perform(postJson(PAYMENTS + "/" + payment + "/reverse", "{\"reason\":\"wrong amount\"}")
                        .with(finance(tenant)))
                .andExpect(status().isOk());
        replace(tenant, "sales1", contract, 2, "{\"dueDate\":\"2027-01-01\",\"amount\":50}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.installments.length()").value(1));
    }

    @Test
    void moneyRecordedBeforeThePlanSettlesItsInstallmentsEarliestFirst() throws Exception {
        String tenant = newTenant();
        clock.setToday(java.time.LocalDate.of(2026, 6, 15));
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        confirm(tenant, record(tenant, contract, "500.00").get("id").asString());

        replace(tenant, "sales1", contract, 0, """
                        {"dueDate":"2026-06-01","amount":300},{"dueDate":"2026-07-01","amount":300},
                        {"dueDate":"2026-05-01","amount":100}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.installments[0].dueDate").value("2026-05-01"))
                .andExpect(jsonPath("$.installments[0].paid").value(100.00))
                .andExpect(jsonPath("$.installments[1].paid").value(300.00))
                .andExpect(jsonPath("$.installments[2].paid").value(100.00))
                .andExpect(jsonPath("$.installments[2].status").value("PARTIALLY_PAID"))
                .andExpect(jsonPath("$.overdue").value(0.00))
                .andExpect(jsonPath("$.outstanding").value(500.00));
    }

    @Test
    void onlyActiveContractsArePlanned() throws Exception {
        String tenant = newTenant();
        UUID pending = UUID.randomUUID();
        contracts.apply(
                tenant,
                contract(pending, UUID.randomUUID(), idOf(tenant, "sales1"), "10", "CNY", "PENDING_APPROVAL", 1, null));

        replace(tenant, "sales1", pending, 0, "")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_ACTIVE"))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"));
        mvc.perform(get(planPath(pending)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contractStatus").value("PENDING_APPROVAL"));
        replace(tenant, "sales1", UUID.randomUUID(), 0, "")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("CONTRACT_NOT_FOUND"));
    }

    private ResultActions replace(String tenant, String username, UUID contract, int version, String installments)
            throws Exception {
        String role = username.startsWith("finance") ? "crm-finance" : "crm-sales";
        return mvc.perform(
                putJson(planPath(contract), "{\"version\":" + version + ",\"installments\":[" + installments + "]}")
                        .with(as(tenant, username, role)));
    }
}
