package com.crmplatform.billingservice.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import com.crmplatform.billingservice.receivable.domain.OverdueJob;
import com.crmplatform.contracts.billing.ReceivableEvents;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The overdue job, run by hand on fixed days: each installment that passes its due date not fully paid (confirmed
 * payments only) is announced once per due date. The job spans tenants, so the assertions read this test's contracts'
 * events only.
 */
class OverdueJobIT extends BillingServiceIT {

    @Autowired
    OverdueJob job;

    @Test
    void announcesEachNewlyOverdueInstallmentOncePerDueDate() throws Exception {
        String tenant = newTenant();
        clock.setToday(LocalDate.of(2026, 3, 1));
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        JsonNode plan = plan(tenant, contract, 0, """
                {"dueDate":"2026-03-10","amount":300},{"dueDate":"2026-03-20","amount":300},
                {"dueDate":"2026-04-30","amount":400}""");
        String first = installment(plan, 0);
        String second = installment(plan, 1);
        String third = installment(plan, 2);
        confirm(tenant, pay(tenant, contract, "300.00", first));

        job.run(LocalDate.of(2026, 3, 10));
        job.run(LocalDate.of(2026, 3, 11));
        assertThat(overdue(contract)).isEmpty();
        job.run(LocalDate.of(2026, 3, 21));
        job.run(LocalDate.of(2026, 3, 21));
        assertThat(overdue(contract)).hasSize(1);

        clock.setToday(LocalDate.of(2026, 3, 22));
        confirm(tenant, pay(tenant, contract, "100.00", second)); // still overdue, already announced
        pay(tenant, contract, "400.00", third); // recorded, not confirmed: not collected
        job.run(LocalDate.of(2026, 5, 1));
        // Its due date moved: a new due date, announced again when it passes.
        plan(tenant, contract, 1, """
                {"id":"%s","dueDate":"2026-03-10","amount":300},{"id":"%s","dueDate":"2026-06-01","amount":300},
                {"id":"%s","dueDate":"2026-04-30","amount":400}""".formatted(first, second, third));
        job.run(LocalDate.of(2026, 6, 1));
        job.run(LocalDate.of(2026, 6, 2));
        job.run(LocalDate.of(2026, 6, 3));

        List<JsonNode> events = overdue(contract);
        assertThat(events).hasSize(3);
        assertThat(events.stream()
                        .map(e -> e.get("data").get("installmentId").asString() + "@"
                                + e.get("data").get("dueDate").asString() + "="
                                + e.get("data")
                                        .get("outstanding")
                                        .decimalValue()
                                        .setScale(2)))
                .containsExactly(
                        second + "@2026-03-20=300.00", third + "@2026-04-30=400.00", second + "@2026-06-01=200.00");
        JsonNode data = events.getFirst().get("data");
        assertThat(data.get("ownerId").asString()).isEqualTo(idOf(tenant, "sales1"));
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(data.get("currency").asString()).isEqualTo("CNY");
        assertThat(events.getFirst().get("tenant").asString()).isEqualTo(tenant);

        clock.setToday(LocalDate.of(2026, 6, 3));
        mvc.perform(get(planPath(contract)).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.installments[0].status").value("PAID"))
                .andExpect(jsonPath("$.installments[1].status").value("OVERDUE"))
                .andExpect(jsonPath("$.installments[2].status").value("OVERDUE"))
                .andExpect(jsonPath("$.overdue").value(600.00));
    }

    @Test
    void paidAndEndedContractsAreNeverOverdue() throws Exception {
        String tenant = newTenant();
        clock.setToday(LocalDate.of(2026, 3, 1));
        UUID paid = activeContract(tenant, "sales1", "100.00");
        plan(tenant, paid, 0, "{\"dueDate\":\"2026-03-10\",\"amount\":100}");
        confirm(tenant, record(tenant, paid, "100.00").get("id").asString());
        UUID ended = activeContract(tenant, "sales1", "100.00");
        plan(tenant, ended, 0, "{\"dueDate\":\"2026-03-10\",\"amount\":100}");
        contracts.apply(
                tenant,
                contract(ended, UUID.randomUUID(), idOf(tenant, "sales1"), "100", "CNY", "TERMINATED", 9, null));
        UUID due = activeContract(tenant, "sales1", "100.00");
        plan(tenant, due, 0, "{\"dueDate\":\"2026-03-10\",\"amount\":100}");

        job.run(LocalDate.of(2026, 4, 1));

        assertThat(overdue(paid)).isEmpty();
        assertThat(overdue(ended)).isEmpty();
        assertThat(overdue(due)).hasSize(1);
    }

    private JsonNode plan(String tenant, UUID contract, int version, String installments) throws Exception {
        return body(mvc.perform(putJson(
                                planPath(contract),
                                "{\"version\":" + version + ",\"installments\":[" + installments + "]}")
                        .with(finance(tenant)))
                .andExpect(status().isOk())
                .andReturn());
    }

    private String pay(String tenant, UUID contract, String amount, String installment) throws Exception {
        return body(mvc.perform(postJson(
                                        PAYMENTS,
                                        payment(contract, amount, ",\"installmentIds\":[\"" + installment + "\"]"))
                                .with(as(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
    }

    private static String installment(JsonNode plan, int index) {
        return plan.get("installments").get(index).get("id").asString();
    }

    private List<JsonNode> overdue(UUID contract) {
        return published(contract.toString(), ReceivableEvents.INSTALLMENT_OVERDUE);
    }
}
