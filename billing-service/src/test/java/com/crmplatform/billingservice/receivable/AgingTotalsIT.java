package com.crmplatform.billingservice.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.BillingServiceIT;
import com.crmplatform.billingservice.receivable.domain.AgingFoldJob;
import com.crmplatform.platform.test.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The aging's summed totals ({@code V5__receivable_aging_totals.sql}: per tenant, owner, currency and due day, and the
 * open contracts per owner and currency) equal a full aggregation over the ledger (the {@code contract_balance} and
 * {@code installment_balance} views) after plans, payments, confirmations, reversals, moved due dates, removed
 * installments and contract changes over many contracts, with concurrent payments from several threads and the fold
 * running meanwhile; before and after folding; and equal what the migration's backfill computes, also for data
 * written before the migration ran.
 */
class AgingTotalsIT extends BillingServiceIT {

    private static final String[] OWNERS = {"sales1", "sales2", "sales3"};

    @Autowired
    AgingFoldJob fold;

    @Test
    void summedTotalsEqualTheLedgerAfterMixedAndConcurrentWrites() throws Exception {
        String tenant = newTenant();
        LocalDate today = today();
        List<UUID> contractIds = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        List<JsonNode> plans = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String currency = i % 4 == 0 ? "USD" : "CNY";
            UUID id = activeContract(tenant, OWNERS[i % 3], (1000 + 10 * i) + ".00", currency);
            contractIds.add(id);
            currencies.add(currency);
            int n = 1 + i % 4;
            StringBuilder installments = new StringBuilder();
            for (int k = 0; k < n; k++) {
                // due from 120 days ago to 60 ahead; every 5th plan leaves 10 % unscheduled
                String amount = i % 5 == 0 ? "%d.00".formatted((900 + 9 * i) / n) : share(1000 + 10 * i, n, k);
                installments
                        .append(k == 0 ? "" : ",")
                        .append(installment(null, today.plusDays(-120 + (i * 37 + k * 31) % 181), amount));
            }
            plans.add(savePlan(tenant, id, 0, installments.toString()));
        }
        assertSummedTotalsMatchTheLedger(tenant);

        // payments: recorded, confirmed, reversed before and after confirmation, some naming an installment
        List<String> reverseLater = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            UUID id = contractIds.get(i);
            String named = i % 3 == 0
                    ? ",\"installmentIds\":[\""
                            + plans.get(i)
                                    .get("installments")
                                    .get(i % plans.get(i).get("installments").size())
                                    .get("id")
                                    .asString()
                            + "\"]"
                    : "";
            String first = recordAsFinance(tenant, id, currencies.get(i), "%d.37".formatted(100 + 7 * i), named);
            if (i % 4 != 3) {
                confirm(tenant, first);
            }
            if (i % 5 == 1) {
                reverse(tenant, first);
            }
            String second = recordAsFinance(tenant, id, currencies.get(i), "%d.00".formatted(50 + 3 * i), "");
            if (i % 2 == 0) {
                confirm(tenant, second);
                if (i % 6 == 0) {
                    reverseLater.add(second);
                }
            }
        }
        assertSummedTotalsMatchTheLedger(tenant);
        fold.run();
        assertSummedTotalsMatchTheLedger(tenant);

        // plans change: due dates moved (across buckets), the last amount lowered by 1.50 and a new installment of
        // 1.50 added, the second removed (a save that would take money payments hold answers 409 and changes nothing)
        int changed = 0;
        for (int i = 0; i < 24; i += 3) {
            JsonNode installments = plans.get(i).get("installments");
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < installments.size(); k++) {
                JsonNode it = installments.get(k);
                if (k == 1 && i % 2 == 0 && installments.size() > 2) {
                    continue;
                }
                BigDecimal amount = new BigDecimal(it.get("amount").asString());
                if (k == installments.size() - 1) {
                    amount = amount.subtract(new BigDecimal("1.50"));
                }
                LocalDate due = LocalDate.parse(it.get("dueDate").asString()).minusDays(45 + i);
                body.append(body.isEmpty() ? "" : ",")
                        .append(installment(it.get("id").asString(), due, amount.toPlainString()));
            }
            body.append(",").append(installment(null, today.plusDays(i), "1.50"));
            int answer = mvc.perform(
                            putJson(planPath(contractIds.get(i)), "{\"version\":1,\"installments\":[" + body + "]}")
                                    .with(finance(tenant)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(answer).isIn(200, 409);
            changed += answer == 200 ? 1 : 0;
        }
        assertThat(changed).isGreaterThanOrEqualTo(3);
        for (String payment : reverseLater) {
            reverse(tenant, payment);
        }
        assertSummedTotalsMatchTheLedger(tenant);

        // concurrently: 24 payments over 8 contracts (three at once on each), then their confirmations and some
        // reversals at once, while the fold runs
        AtomicBoolean folding = new AtomicBoolean(true);
        ExecutorService folder = Executors.newSingleThreadExecutor();
        Future<?> folds = folder.submit(() -> {
            while (folding.get()) {
                fold.run();
                Thread.sleep(5);
            }
            return null;
        });
        try {
            List<MockHttpServletResponse> recorded = all(
                    24,
                    i -> postJson(
                                    PAYMENTS,
                                    body(
                                            contractIds.get(1 + 3 * (i % 8)),
                                            currencies.get(1 + 3 * (i % 8)),
                                            "20.05",
                                            ""))
                            .with(finance(tenant)));
            List<String> ids = new ArrayList<>();
            for (MockHttpServletResponse response : recorded) {
                assertThat(response.getStatus()).isEqualTo(201);
                ids.add(json.readTree(response.getContentAsString()).get("id").asString());
            }
            all(
                    ids.size(),
                    i -> post(PAYMENTS + "/" + ids.get(i) + (i % 5 == 4 ? "/reverse" : "/confirm"))
                            .contentType("application/json")
                            .content("{\"reason\":\"duplicate\"}")
                            .with(finance(tenant)));
            all(
                    ids.size() / 3,
                    i -> post(PAYMENTS + "/" + ids.get(3 * i) + "/reverse")
                            .contentType("application/json")
                            .content("{\"reason\":\"returned\"}")
                            .with(finance(tenant)));
        } finally {
            folding.set(false);
            folds.get();
            folder.shutdown();
        }
        assertSummedTotalsMatchTheLedger(tenant);

        // the contract read model changes: reassigned, another currency, amount lowered below what was collected
        // (closed), completed, terminated, back to approval
        String sales3 = idOf(tenant, "sales3");
        contracts.apply(
                tenant, contract(contractIds.get(0), UUID.randomUUID(), sales3, "1000.00", "CNY", "ACTIVE", 3, null));
        contracts.apply(
                tenant, contract(contractIds.get(2), UUID.randomUUID(), sales3, "1020.00", "USD", "ACTIVE", 3, null));
        contracts.apply(
                tenant,
                contract(
                        contractIds.get(4),
                        UUID.randomUUID(),
                        idOf(tenant, "sales2"),
                        "10.00",
                        "USD",
                        "ACTIVE",
                        3,
                        null));
        contracts.apply(
                tenant,
                contract(contractIds.get(5), UUID.randomUUID(), sales3, "1050.00", "CNY", "COMPLETED", 3, null));
        contracts.apply(
                tenant,
                contract(contractIds.get(6), UUID.randomUUID(), sales3, "1060.00", "CNY", "TERMINATED", 3, null));
        UUID empty = activeContract(tenant, "sales1", "700.00", "CNY");
        contracts.apply(
                tenant,
                contract(empty, UUID.randomUUID(), idOf(tenant, "sales1"), "700.00", "CNY", "TERMINATED", 3, null));
        contracts.apply(
                tenant,
                contract(contractIds.get(7), UUID.randomUUID(), sales3, "1070.00", "CNY", "PENDING_APPROVAL", 3, null));
        assertSummedTotalsMatchTheLedger(tenant);
        fold.run();
        assertSummedTotalsMatchTheLedger(tenant);
        assertThat(count("SELECT count(*) FROM receivable_aging_change WHERE tenant = ?", tenant))
                .isZero();

        // the migration's backfill (rebuild_receivable_aging) computes exactly what the triggers kept
        List<String> kept = summed(jdbc, tenant);
        jdbc.sql("SELECT rebuild_receivable_aging()").query().listOfRows();
        assertThat(summed(jdbc, tenant)).isEqualTo(kept);
        assertSummedTotalsMatchTheLedger(tenant);
    }

    @Test
    void theMigrationFillsTheAgingTotalsOfDataWrittenBeforeIt() {
        String schema = "before_v5_" + UUID.randomUUID().toString().substring(0, 8);
        String url = TestDatabase.url("service") + "?currentSchema=" + schema;
        var source = new DriverManagerDataSource(url, TestDatabase.username(), TestDatabase.password());
        JdbcClient db = JdbcClient.create(source);
        try {
            Flyway.configure()
                    .dataSource(source)
                    .schemas(schema)
                    .locations("classpath:db/migration")
                    .target("4")
                    .load()
                    .migrate();
            // 300 contracts in two tenants, plans with a removed installment, confirmed, recorded and reversed
            // payments, two closed contracts, written before V5 (V4's triggers keep their per-contract totals)
            db.sql("""
                    INSERT INTO contract (tenant, id, number, title, customer_id, owner_id, amount, currency, status,
                    version, changed_at)
                    SELECT 'm' || (i % 2), md5('c' || i)::uuid, 'N' || i, 'T' || i, md5('k' || (i % 7))::uuid,
                    'owner-' || (i % 5), 1000 + i, CASE WHEN i % 3 = 0 THEN 'USD' ELSE 'CNY' END,
                    CASE WHEN i % 17 = 0 THEN 'TERMINATED' ELSE 'ACTIVE' END, 1, now()
                    FROM generate_series(1, 300) i
                    """).update();
            db.sql("""
                    INSERT INTO installment (id, tenant, contract_id, due_date, amount, position, created_at, removed_at)
                    SELECT md5('i' || i || '-' || k)::uuid, 'm' || (i % 2), md5('c' || i)::uuid,
                    current_date - 150 + (i * 13 + k * 29) % 240, round((1000 + i) * 0.9 / 3, 2), k, now(),
                    CASE WHEN k = 2 AND i % 4 = 0 THEN now() END
                    FROM generate_series(1, 300) i, generate_series(0, 2) k
                    """).update();
            db.sql("""
                    INSERT INTO payment (id, tenant, contract_id, customer_id, amount, currency, received_at, method,
                    status, recorded_by, created_at, confirmed_by, confirmed_at, reversed_by,
                    reversed_at, reversal_reason)
                    SELECT md5('p' || i)::uuid, 'm' || (i % 2), md5('c' || i)::uuid, md5('k' || (i % 7))::uuid,
                    CASE WHEN i % 11 = 0 THEN 1000 + i ELSE 100 + i END,
                    CASE WHEN i % 3 = 0 THEN 'USD' ELSE 'CNY' END, current_date, 'CASH', 'RECORDED', 'x', now(),
                    NULL, NULL, NULL, NULL, NULL
                    FROM generate_series(1, 300) i
                    """).update();
            db.sql("""
                    INSERT INTO payment_allocation (tenant, payment_id, installment_id, amount, allocated_at)
                    SELECT 'm' || (i % 2), md5('p' || i)::uuid, md5('i' || i || '-0')::uuid,
                    least(CASE WHEN i % 11 = 0 THEN 1000 + i ELSE 100 + i END, round((1000 + i) * 0.9 / 3, 2)),
                    now()
                    FROM generate_series(1, 300) i
                    """).update();
            db.sql("""
                    UPDATE payment SET status = 'CONFIRMED', confirmed_by = 'f', confirmed_at = now()
                    WHERE id IN (SELECT md5('p' || i)::uuid FROM generate_series(1, 300) i WHERE i % 4 <> 1)
                    """).update();
            db.sql("""
                    UPDATE payment SET status = 'REVERSED', reversed_by = 'f', reversed_at = now(), reversal_reason = 'r'
                    WHERE id IN (SELECT md5('p' || i)::uuid FROM generate_series(1, 300) i WHERE i % 6 = 0)
                    """).update();
            Flyway.configure()
                    .dataSource(source)
                    .schemas(schema)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            for (String tenant : List.of("m0", "m1")) {
                assertThat(summed(db, tenant))
                        .isEqualTo(fromTheLedger(db, tenant))
                        .isNotEmpty();
            }
            assertThat(db.sql("SELECT count(*) FROM receivable_aging_change")
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            db.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
    }

    /**
     * The summed totals (folded rows plus changes not yet folded) equal the ledger's aggregation, and the aging
     * report (whole tenant, each owner, each currency) equals the buckets computed from the ledger as of today.
     */
    private void assertSummedTotalsMatchTheLedger(String tenant) throws Exception {
        assertThat(summed(jdbc, tenant)).isEqualTo(fromTheLedger(jdbc, tenant));
        assertThat(report(tenant, "")).isEqualTo(agingFromTheLedger(tenant, null, null));
        for (String owner : OWNERS) {
            String ownerId = idOf(tenant, owner);
            assertThat(report(tenant, "?ownerId=" + ownerId)).isEqualTo(agingFromTheLedger(tenant, ownerId, null));
        }
        for (String currency : List.of("CNY", "USD")) {
            assertThat(report(tenant, "?currency=" + currency)).isEqualTo(agingFromTheLedger(tenant, null, currency));
        }
    }

    /** Every summed total of {@code tenant} as text, folded and not: per day, per owner and day, open per owner. */
    private static List<String> summed(JdbcClient db, String tenant) {
        return db.sql("""
                SELECT kind || '|' || coalesce(owner_id, '') || '|' || currency || '|' || coalesce(due_date::text, '')
                       || '|' || sum(contracts) || '|' || round(sum(amount), 2) AS line
                FROM (SELECT 'day' AS kind, NULL AS owner_id, currency, due_date, 0 AS contracts, unpaid AS amount
                      FROM receivable_aging_day WHERE tenant = :tenant
                      UNION ALL
                      SELECT 'day', NULL, currency, due_date, 0, unpaid FROM receivable_aging_change
                      WHERE tenant = :tenant AND due_date IS NOT NULL
                      UNION ALL
                      SELECT 'owner', owner_id, currency, due_date, 0, unpaid FROM receivable_aging_owner_day
                      WHERE tenant = :tenant
                      UNION ALL
                      SELECT 'owner', owner_id, currency, due_date, 0, unpaid FROM receivable_aging_change
                      WHERE tenant = :tenant AND due_date IS NOT NULL
                      UNION ALL
                      SELECT 'open', owner_id, currency, NULL, contracts, unscheduled FROM receivable_aging_open
                      WHERE tenant = :tenant
                      UNION ALL
                      SELECT 'open', owner_id, currency, NULL, contracts, unscheduled FROM receivable_aging_change
                      WHERE tenant = :tenant AND due_date IS NULL) t
                GROUP BY kind, owner_id, currency, due_date
                HAVING sum(contracts) <> 0 OR sum(amount) <> 0
                ORDER BY 1
                """).param("tenant", tenant).query(String.class).list();
    }

    /** The same totals summed from the ledger views, whatever the kept tables hold. */
    private static List<String> fromTheLedger(JdbcClient db, String tenant) {
        return db.sql("""
                WITH open AS (
                    SELECT b.*, COALESCE((SELECT sum(i.amount - i.paid) FROM installment_balance i
                                          WHERE i.tenant = b.tenant AND i.contract_id = b.id), 0) AS unpaid
                    FROM contract_balance b
                    WHERE b.tenant = :tenant AND b.collected < b.amount
                      AND (b.status IN ('ACTIVE', 'COMPLETED')
                           OR EXISTS (SELECT 1 FROM installment i
                                      WHERE i.tenant = b.tenant AND i.contract_id = b.id AND i.removed_at IS NULL)
                           OR EXISTS (SELECT 1 FROM payment p WHERE p.tenant = b.tenant AND p.contract_id = b.id))),
                unpaid AS (
                    SELECT o.owner_id, o.currency, i.due_date, i.amount - i.paid AS unpaid
                    FROM open o JOIN installment_balance i ON i.tenant = o.tenant AND i.contract_id = o.id
                    WHERE i.amount > i.paid),
                t AS (
                    SELECT 'day' AS kind, NULL AS owner_id, currency, due_date, 0 AS contracts, sum(unpaid) AS amount
                    FROM unpaid GROUP BY currency, due_date
                    UNION ALL
                    SELECT 'owner', owner_id, currency, due_date, 0, sum(unpaid)
                    FROM unpaid GROUP BY owner_id, currency, due_date
                    UNION ALL
                    SELECT 'open', owner_id, currency, NULL, count(*), sum(GREATEST(amount - collected - unpaid, 0))
                    FROM open GROUP BY owner_id, currency)
                SELECT kind || '|' || coalesce(owner_id, '') || '|' || currency || '|' || coalesce(due_date::text, '')
                       || '|' || contracts || '|' || round(amount, 2) AS line
                FROM t
                WHERE contracts <> 0 OR amount <> 0
                ORDER BY 1
                """).param("tenant", tenant).query(String.class).list();
    }

    /** The aging report's currencies as text lines. */
    private List<String> report(String tenant, String query) throws Exception {
        JsonNode answer =
                body(mvc.perform(get("/api/v1/receivables/aging" + query).with(finance(tenant)))
                        .andExpect(status().isOk())
                        .andReturn());
        List<String> lines = new ArrayList<>();
        for (JsonNode c : answer.get("currencies")) {
            lines.add(c.get("currency").asString() + "|" + c.get("contracts").asLong() + "|"
                    + money(c.get("notYetDue")) + "|" + money(c.get("days1To30")) + "|" + money(c.get("days31To60"))
                    + "|" + money(c.get("days61To90")) + "|" + money(c.get("over90Days")) + "|"
                    + money(c.get("unscheduled")) + "|" + money(c.get("total")));
        }
        return lines;
    }

    /** The aging as of today straight from the ledger views, in {@link #report}'s lines. */
    private List<String> agingFromTheLedger(String tenant, String ownerId, String currency) {
        return jdbc.sql("""
                WITH open AS (
                    SELECT b.*, COALESCE((SELECT sum(i.amount - i.paid) FROM installment_balance i
                                          WHERE i.tenant = b.tenant AND i.contract_id = b.id), 0) AS unpaid
                    FROM contract_balance b
                    WHERE b.tenant = :tenant AND b.collected < b.amount
                      AND (CAST(:owner AS VARCHAR) IS NULL OR b.owner_id = :owner)
                      AND (CAST(:currency AS VARCHAR) IS NULL OR b.currency = :currency)
                      AND (b.status IN ('ACTIVE', 'COMPLETED')
                           OR EXISTS (SELECT 1 FROM installment i
                                      WHERE i.tenant = b.tenant AND i.contract_id = b.id AND i.removed_at IS NULL)
                           OR EXISTS (SELECT 1 FROM payment p WHERE p.tenant = b.tenant AND p.contract_id = b.id))),
                days AS (
                    SELECT o.currency, :today - i.due_date AS late, i.amount - i.paid AS unpaid
                    FROM open o JOIN installment_balance i ON i.tenant = o.tenant AND i.contract_id = o.id
                    WHERE i.amount > i.paid),
                lines AS (
                    SELECT o.currency, count(*) AS contracts,
                           sum(GREATEST(o.amount - o.collected - o.unpaid, 0)) AS unscheduled,
                           (SELECT COALESCE(sum(unpaid) FILTER (WHERE late <= 0), 0) FROM days d
                            WHERE d.currency = o.currency) AS b0,
                           (SELECT COALESCE(sum(unpaid) FILTER (WHERE late BETWEEN 1 AND 30), 0) FROM days d
                            WHERE d.currency = o.currency) AS b1,
                           (SELECT COALESCE(sum(unpaid) FILTER (WHERE late BETWEEN 31 AND 60), 0) FROM days d
                            WHERE d.currency = o.currency) AS b2,
                           (SELECT COALESCE(sum(unpaid) FILTER (WHERE late BETWEEN 61 AND 90), 0) FROM days d
                            WHERE d.currency = o.currency) AS b3,
                           (SELECT COALESCE(sum(unpaid) FILTER (WHERE late > 90), 0) FROM days d
                            WHERE d.currency = o.currency) AS b4
                    FROM open o GROUP BY o.currency)
                SELECT currency, contracts, b0, b1, b2, b3, b4, unscheduled FROM lines ORDER BY currency
                """)
                .param("tenant", tenant)
                .param("owner", ownerId)
                .param("currency", currency)
                .param("today", java.sql.Date.valueOf(today()))
                .query((rs, row) -> {
                    List<BigDecimal> buckets = new ArrayList<>();
                    for (String column : List.of("b0", "b1", "b2", "b3", "b4", "unscheduled")) {
                        buckets.add(rs.getBigDecimal(column).setScale(2, RoundingMode.UNNECESSARY));
                    }
                    BigDecimal total = buckets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    StringBuilder line = new StringBuilder(rs.getString("currency") + "|" + rs.getLong("contracts"));
                    for (BigDecimal b : buckets) {
                        line.append('|').append(b.toPlainString());
                    }
                    return line.append('|').append(total.toPlainString()).toString();
                })
                .list();
    }

    private static String money(JsonNode node) {
        return new BigDecimal(node.asString())
                .setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** The k-th of n shares of {@code amount}.00 (the last takes what the others leave). */
    private static String share(int amount, int n, int k) {
        BigDecimal whole = BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal part = whole.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        return (k < n - 1 ? part : whole.subtract(part.multiply(BigDecimal.valueOf(n - 1)))).toPlainString();
    }

    private String recordAsFinance(String tenant, UUID contract, String currency, String amount, String extra)
            throws Exception {
        return body(mvc.perform(postJson(PAYMENTS, body(contract, currency, amount, extra))
                                .with(finance(tenant)))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
    }

    private String body(UUID contractId, String currency, String amount, String extra) {
        return """
                {"contractId":"%s","amount":%s,"currency":"%s","receivedAt":"%s","method":"BANK_TRANSFER",\
                "reference":"BANK-1"%s}""".formatted(contractId, amount, currency, today(), extra);
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
    private List<MockHttpServletResponse> all(int n, java.util.function.IntFunction<RequestBuilder> request)
            throws Exception {
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
