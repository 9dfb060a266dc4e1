package com.crmplatform.billingservice.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.crmplatform.billingservice.BillingServiceIT;
import com.crmplatform.contracts.billing.PaymentEvents;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/** Money under concurrency: simultaneous payments never over-collect, a payment is confirmed once. */
class ConcurrencyIT extends BillingServiceIT {

    static final int THREADS = 16;

    /** Requests queued behind the held lock before it is released: the pool has 10 connections, the test holds one. */
    static final int QUEUED = 8;

    @Autowired
    DataSource dataSource;

    /**
     * Sixteen payments of 150 against a contract of 1,000, queued behind the contract's row: exactly six fit. Without
     * the lock the queued requests would all have checked the balance before any insert and over-collected.
     */
    @Test
    void sixteenPaymentsAtOnceNeverOverCollectTheContract() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");

        List<MockHttpServletResponse> answers = allWhileHeld(
                tenant,
                contract,
                THREADS,
                i -> postJson(PAYMENTS, payment(contract, "150.00", ""))
                        .with(i % 2 == 0 ? as(tenant, "sales1", "crm-sales") : finance(tenant)));

        assertThat(answers).filteredOn(r -> r.getStatus() == 201).hasSize(6);
        assertThat(answers)
                .filteredOn(r -> r.getStatus() == 409)
                .hasSize(10)
                .allSatisfy(r -> assertThat(r.getContentAsString()).contains("OVER_COLLECTION"));
        assertThat(jdbc.sql("SELECT sum(amount) FROM payment WHERE tenant = ? AND status <> 'REVERSED'")
                        .param(tenant)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("900.00");
    }

    @Test
    void simultaneousConfirmationsConfirmOnce() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        String id = record(tenant, contract, "250.00").get("id").asString();

        List<MockHttpServletResponse> answers =
                all(8, i -> post(PAYMENTS + "/" + id + "/confirm").with(finance(tenant)));

        assertThat(answers).filteredOn(r -> r.getStatus() == 200).hasSize(1);
        assertThat(answers)
                .filteredOn(r -> r.getStatus() == 409)
                .hasSize(7)
                .allSatisfy(r -> assertThat(r.getContentAsString()).contains("PAYMENT_ALREADY_CONFIRMED"));
        assertThat(count(
                        "SELECT count(*) FROM payment_entry WHERE payment_id = CAST(? AS UUID) AND kind = 'CONFIRMED'",
                        id))
                .isEqualTo(1);
        assertThat(published(id, PaymentEvents.CONFIRMED)).hasSize(1);
    }

    /** Without the key's lock the queued repeats would all find no payment yet and collide on the unique key. */
    @Test
    void aRequestRepeatedAtOnceRecordsOnePayment() throws Exception {
        String tenant = newTenant();
        UUID contract = activeContract(tenant, "sales1", "1000.00");
        String key = UUID.randomUUID().toString();

        List<MockHttpServletResponse> answers = all(
                8,
                i -> postJson(PAYMENTS, payment(contract, "10.00", ""))
                        .header("Idempotency-Key", key)
                        .with(as(tenant, "sales1", "crm-sales")));

        assertThat(answers).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(201));
        assertThat(answers.stream().map(r -> r.getHeader("Location")).distinct())
                .hasSize(1);
        assertThat(answers)
                .filteredOn(r -> "false".equals(r.getHeader("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(count("SELECT count(*) FROM payment WHERE tenant = ?", tenant))
                .isEqualTo(1);
    }

    private List<MockHttpServletResponse> all(int n, IntFunction<RequestBuilder> request) throws Exception {
        return all(n, request, () -> {});
    }

    /**
     * Runs {@code n} requests at once while the test holds the contract's row, and releases it once they queue up in
     * the database (as many as the pool lets in): they then race as hard as they can.
     */
    private List<MockHttpServletResponse> allWhileHeld(
            String tenant, UUID contract, int n, IntFunction<RequestBuilder> request) throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT 1 FROM contract WHERE tenant = ? AND id = ? FOR UPDATE")) {
                lock.setString(1, tenant);
                lock.setObject(2, contract);
                lock.executeQuery().close();
            }
            return all(n, request, () -> {
                awaitQueued(holder, Math.min(n, QUEUED));
                holder.commit();
            });
        }
    }

    /**
     * Runs {@code n} requests at once (released together) and answers their responses; {@code release} runs once they
     * have been started.
     */
    private List<MockHttpServletResponse> all(int n, IntFunction<RequestBuilder> request, Release release)
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
            release.run();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits until {@code queued} requests wait on a lock in the database (at most ten seconds), asking through the
     * connection that holds it: the pool's others are all taken by the queued requests. Inside a transaction
     * PostgreSQL answers from one snapshot of the activity statistics until it is cleared.
     */
    private static void awaitQueued(Connection holder, int queued) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (var clear = holder.prepareStatement("SELECT pg_stat_clear_snapshot()");
                var waiting = holder.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            while (System.nanoTime() < deadline) {
                clear.executeQuery().close();
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= queued) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
    }

    @FunctionalInterface
    interface Release {
        void run() throws Exception;
    }
}
