package com.crmplatform.billingservice.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The totals kept with every write ({@code contract_receivable}, {@code installment_receivable}) equal what the
 * ledger views compute, after a mixed sequence of records, confirmations, reversals, plan changes and contract changes,
 * some of them concurrent.
 */
class ReceivableTotalsIT extends BillingServiceIT {

    @Test
    void keptTotalsEqualTheLedgerAfterMixedAndConcurrentWrites() throws Exception {
        String tenant = newTenant();
        LocalDate today = today();
        UUID planned = activeContract(tenant, "sales1", "1000.00");
        UUID depositFirst = activeContract(tenant, "sales1", "5000.00");
        UUID busy = activeContract(tenant, "sales1", "3000.00");
        UUID noPlan = activeContract(tenant, "sales1", "800.00");

        // a plan, payments naming nothing, confirmed, one reversed after confirmation, one before
        JsonNode plan = savePlan(
                tenant,
                planned,
                0,
                "%s,%s,%s"
                        .formatted(
                                installment(null, today.minusDays(40), "300.00"),
                                installment(null, today.plusDays(10), "300.00"),
                                installment(null, today.plusDays(40), "400.00")));
        String p1 = record(tenant, planned, "250.00").get("id").asString();
        String p2 = record(tenant, planned, "100.00").get("id").asString();
        String p3 = record(tenant, planned, "75.00").get("id").asString();
        confirm(tenant, p1);
        confirm(tenant, p2);
        reverse(tenant, p2);
        reverse(tenant, p3);
        assertKeptTotalsMatchTheLedger(tenant);

        // the plan changes: the first kept and moved, the second raised, the third removed, a new one added
        JsonNode installments = plan.get("installments");
        savePlan(
                tenant,
                planned,
                plan.get("version").asInt(),
                "%s,%s,%s"
                        .formatted(
                                installment(installments.get(0).get("id").asString(), today.minusDays(95), "300.00"),
                                installment(installments.get(1).get("id").asString(), today.minusDays(5), "350.00"),
                                installment(null, today.plusDays(70), "200.00")));
        String p4 = record(tenant, planned, "120.00").get("id").asString();
        confirm(tenant, p4);
        assertKeptTotalsMatchTheLedger(tenant);

        // a deposit before the plan exists, settled once the plan is saved
        String deposit = record(tenant, depositFirst, "900.00").get("id").asString();
        confirm(tenant, deposit);
        savePlan(
                tenant,
                depositFirst,
                0,
                "%s,%s"
                        .formatted(
                                installment(null, today.minusDays(10), "600.00"),
                                installment(null, today.plusDays(20), "2000.00")));
        assertKeptTotalsMatchTheLedger(tenant);

        // sixteen payments at once, then their confirmations and some reversals at once
        savePlan(
                tenant,
                busy,
                0,
                "%s,%s,%s"
                        .formatted(
                                installment(null, today.minusDays(61), "1000.00"),
                                installment(null, today.minusDays(31), "1000.00"),
                                installment(null, today.plusDays(1), "1000.00")));
        List<MockHttpServletResponse> recorded = all(
                16,
                i -> postJson(PAYMENTS, payment(busy, "150.00", ""))
                        .with(i % 2 == 0 ? as(tenant, "sales1", "crm-sales") : finance(tenant)));
        List<String> ids = new ArrayList<>();
        for (MockHttpServletResponse response : recorded) {
            assertThat(response.getStatus()).isEqualTo(201);
            ids.add(json.readTree(response.getContentAsString()).get("id").asString());
        }
        all(
                ids.size(),
                i -> post(PAYMENTS + "/" + ids.get(i) + (i % 4 == 3 ? "/reverse" : "/confirm"))
                        .contentType("application/json")
                        .content("{\"reason\":\"duplicate\"}")
                        .with(finance(tenant)));
        all(
                ids.size() / 2,
                i -> post(PAYMENTS + "/" + ids.get(2 * i) + "/reverse")
                        .contentType("application/json")
                        .content("{\"reason\":\"returned\"}")
                        .with(finance(tenant)));
        assertKeptTotalsMatchTheLedger(tenant);

        // the contract read model changes: reassigned, amount lowered below what was collected, completed
        contracts.apply(
                tenant,
                contract(planned, UUID.randomUUID(), idOf(tenant, "sales2"), "500.00", "CNY", "COMPLETED", 3, null));
        contracts.apply(
                tenant,
                contract(noPlan, UUID.randomUUID(), idOf(tenant, "sales2"), "800.00", "CNY", "TERMINATED", 3, null));
        assertKeptTotalsMatchTheLedger(tenant);
        assertThat(count("SELECT count(*) FROM contract_receivable WHERE tenant = ?", tenant))
                .isEqualTo(4);
    }

    private void assertKeptTotalsMatchTheLedger(String tenant) {
        List<Map<String, Object>> contractsOff =
                jdbc.sql("""
                        SELECT b.id, k.contract_id FROM contract_balance b
                        FULL JOIN (SELECT * FROM contract_receivable WHERE tenant = :tenant) k
                               ON k.tenant = b.tenant AND k.contract_id = b.id
                        LEFT JOIN (SELECT contract_id, sum(amount - paid) AS unpaid,
                                          min(due_date) FILTER (WHERE amount > paid) AS first_due,
                                          max(due_date) FILTER (WHERE amount > paid) AS last_due, count(*) AS n
                                   FROM installment_balance WHERE tenant = :tenant GROUP BY contract_id) i
                               ON i.contract_id = b.id
                        WHERE b.tenant = :tenant
                          AND (k.contract_id IS NULL
                               OR (b.customer_id, b.owner_id, b.currency, b.amount, b.status, b.planned, b.collected,
                                   b.recorded, COALESCE(i.unpaid, 0), i.first_due, i.last_due, COALESCE(i.n, 0))
                                  IS DISTINCT FROM
                                  (k.customer_id, k.owner_id, k.currency, k.amount, k.status, k.planned, k.collected,
                                   k.recorded, k.scheduled_unpaid, k.first_unpaid_due, k.last_unpaid_due,
                                   CAST(k.installments AS BIGINT))
                               OR k.payments <> (SELECT count(*) FROM payment p
                                                 WHERE p.tenant = b.tenant AND p.contract_id = b.id))
                        """).param("tenant", tenant).query().listOfRows();
        assertThat(contractsOff).isEmpty();
        List<Map<String, Object>> installmentsOff =
                jdbc.sql("""
                        SELECT b.id, k.installment_id FROM (SELECT * FROM installment_balance WHERE tenant = :tenant) b
                        FULL JOIN (SELECT * FROM installment_receivable WHERE tenant = :tenant) k
                               ON k.installment_id = b.id
                        WHERE b.id IS NULL OR k.installment_id IS NULL
                           OR (b.contract_id, b.due_date, b.amount, b.paid, b.amount - b.paid)
                              IS DISTINCT FROM (k.contract_id, k.due_date, k.amount, k.paid, k.unpaid)
                        """).param("tenant", tenant).query().listOfRows();
        assertThat(installmentsOff).isEmpty();
        assertThat(count("SELECT count(*) FROM installment_receivable WHERE tenant = ?", tenant))
                .isPositive();
    }

    private JsonNode savePlan(String tenant, UUID contract, int version, String installments) throws Exception {
        return body(mvc.perform(putJson(
                                planPath(contract),
                                "{\"version\":" + version + ",\"installments\":[" + installments + "]}")
                        .with(finance(tenant)))
                .andExpect(status().isOk())
                .andReturn());
    }

    private static String installment(String id, LocalDate dueDate, String amount) {
        return (id == null ? "{" : "{\"id\":\"" + id + "\",")
                + "\"dueDate\":\"%s\",\"amount\":%s,\"note\":\"n\"}".formatted(dueDate, amount);
    }

    private void reverse(String tenant, String paymentId) throws Exception {
        mvc.perform(postJson(PAYMENTS + "/" + paymentId + "/reverse", "{\"reason\":\"mistake\"}")
                        .with(finance(tenant)))
                .andExpect(status().isOk());
    }

    /** Runs {@code n} requests released together and answers their responses. */
    private List<MockHttpServletResponse> all(int n, IntFunction<RequestBuilder> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RequestBuilder builder = request.apply(i);
                Callable<MockHttpServletResponse> call = () -> {
                    start.await();
                    return mvc.perform(builder).andReturn().getResponse();
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
