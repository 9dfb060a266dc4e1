package com.crmplatform.leadservice.pool;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.LeadServiceIT;
import com.crmplatform.leadservice.pool.domain.LeadRecycler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lead pool against the real database: assignment, claim, release, transfer, history, recycling, races. */
class LeadPoolIT extends LeadServiceIT {

    @Autowired
    LeadRecycler recycler;

    @Test
    void anAdminAssignsAPoolLeadToAnActiveSalespersonAndTheHistoryKeepsIt() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        UUID id = capture(tenant, "marketing", "crm-marketing", lead("Zhang San", "13800000001"));

        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + id + "/assign", "{\"ownerId\":\"nobody\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("ownerId"));
        post(
                        tenant,
                        "admin",
                        "crm-admin",
                        "/api/v1/leads/" + id + "/assign",
                        "{\"ownerId\":\"" + sales1 + "\",\"reason\":\"Shanghai region\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.ownerId").value(sales1));
        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + id + "/assign", "{\"ownerId\":\"" + sales1 + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_NOT_IN_POOL"));
        // Another tenant's admin, with a salesperson of their own, cannot even see it.
        String otherTenant = newTenant();
        String otherSales = directory.addSalesperson(otherTenant, "sales1");
        for (String action : new String[] {"assign", "transfer"}) {
            post(
                            otherTenant,
                            "admin",
                            "crm-admin",
                            "/api/v1/leads/" + id + "/" + action,
                            "{\"ownerId\":\"" + otherSales + "\"}")
                    .andExpect(status().isNotFound());
        }
        post(otherTenant, "admin", "crm-admin", "/api/v1/leads/" + id + "/release", null)
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads/" + id + "/history").with(user(otherTenant, "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        // A salesperson of the tenant is still checked against the directory: sales2 is not registered.
        post(
                        tenant,
                        "admin",
                        "crm-admin",
                        "/api/v1/leads/" + id + "/transfer",
                        "{\"ownerId\":\"" + idOf(tenant, "sales2") + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerId"));

        mvc.perform(get("/api/v1/leads/" + id + "/history").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].action").value("ASSIGNED"))
                .andExpect(jsonPath("$[0].fromOwnerId").doesNotExist())
                .andExpect(jsonPath("$[0].toOwnerId").value(sales1))
                .andExpect(jsonPath("$[0].reason").value("Shanghai region"))
                .andExpect(jsonPath("$[0].actor").value(idOf(tenant, "admin")));
        mvc.perform(get("/api/v1/leads/" + id + "/history").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        assertThat(events(id, LeadEvents.ASSIGNED).getFirst().get("ownerId").asString())
                .isEqualTo(sales1);
    }

    @Test
    void bulkAssignmentIsAllOrNothing() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        UUID a = capture(tenant, "marketing", "crm-marketing", lead("A", "13800000011"));
        UUID b = capture(tenant, "marketing", "crm-marketing", lead("B", "13800000012"));
        UUID owned = capture(tenant, "sales2", "crm-sales", lead("C", "13800000013"));
        UUID unknown = UUID.randomUUID();

        post(
                        tenant,
                        "admin",
                        "crm-admin",
                        "/api/v1/leads/assign",
                        "{\"leadIds\":[\"" + a + "\",\"" + owned + "\",\"" + unknown + "\",\"" + b + "\"],"
                                + "\"ownerId\":\"" + sales1 + "\",\"reason\":\"rebalance\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("BULK_ASSIGN_REFUSED"))
                .andExpect(jsonPath("$.failures.length()").value(2))
                .andExpect(jsonPath("$.failures[?(@.leadId == '" + owned + "')].reason")
                        .value("LEAD_NOT_IN_POOL"))
                .andExpect(jsonPath("$.failures[?(@.leadId == '" + unknown + "')].reason")
                        .value("LEAD_NOT_FOUND"));
        assertThat(ownerOf(a)).isNull();
        assertThat(ownerOf(b)).isNull();
        assertThat(events(a, LeadEvents.ASSIGNED)).isEmpty();

        post(
                        tenant,
                        "admin",
                        "crm-admin",
                        "/api/v1/leads/assign",
                        "{\"leadIds\":[\"" + a + "\",\"" + b + "\"],\"ownerId\":\"" + sales1 + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assigned.length()").value(2));
        assertThat(ownerOf(a)).isEqualTo(sales1);
        assertThat(ownerOf(b)).isEqualTo(sales1);
    }

    @Test
    void aSalespersonClaimsReleasesAndIsStoppedAtTheClaimLimit() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "marketing", "crm-marketing", lead("Zhang San", "13800000021"));

        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + id + "/claim", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "sales1")));
        // Taken: a claim answers 409 (it is a pool operation), every other access to it 404.
        post(tenant, "sales2", "crm-sales", "/api/v1/leads/" + id + "/claim", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_NOT_IN_POOL"));
        post(tenant, "sales2", "crm-sales", "/api/v1/leads/" + UUID.randomUUID() + "/claim", null)
                .andExpect(status().isNotFound());
        post(newTenant(), "sales2", "crm-sales", "/api/v1/leads/" + id + "/claim", null)
                .andExpect(status().isNotFound());
        post(tenant, "sales2", "crm-sales", "/api/v1/leads/" + id + "/release", null)
                .andExpect(status().isNotFound());
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + id + "/release", "{\"reason\":\"not my region\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.ownerId").doesNotExist());
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + id + "/release", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_IN_POOL"));

        mvc.perform(get("/api/v1/leads/" + id + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$[0].action").value("CLAIMED"))
                .andExpect(jsonPath("$[1].action").value("RELEASED"))
                .andExpect(jsonPath("$[1].fromOwnerId").value(idOf(tenant, "sales1")))
                .andExpect(jsonPath("$[1].reason").value("not my region"));
        assertThat(events(id, LeadEvents.CLAIMED)).hasSize(1);
        assertThat(events(id, LeadEvents.RELEASED)
                        .getFirst()
                        .get("previousOwnerId")
                        .asString())
                .isEqualTo(idOf(tenant, "sales1"));

        // The limit (50 open leads): sales3 captures 50, then cannot claim the 51st.
        for (int i = 0; i < 50; i++) {
            capture(tenant, "sales3", "crm-sales", lead("Lead " + i, "1370000" + String.format("%04d", i)));
        }
        post(tenant, "sales3", "crm-sales", "/api/v1/leads/" + id + "/claim", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CLAIM_LIMIT_REACHED"))
                .andExpect(jsonPath("$.limit").value(50));
    }

    @Test
    void anAdminTransfersAnOwnedLeadToAnotherSalesperson() throws Exception {
        String tenant = newTenant();
        String sales2 = directory.addSalesperson(tenant, "sales2");
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000031"));

        post(
                        tenant,
                        "admin",
                        "crm-admin",
                        "/api/v1/leads/" + id + "/transfer",
                        "{\"ownerId\":\"" + sales2 + "\",\"reason\":\"sales1 left\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").value(sales2))
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + id + "/transfer", "{\"ownerId\":\"" + sales2 + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerId"));
        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isNotFound());
        var transferred = events(id, LeadEvents.TRANSFERRED).getFirst();
        assertThat(transferred.get("previousOwnerId").asString()).isEqualTo(idOf(tenant, "sales1"));
        assertThat(transferred.get("ownerId").asString()).isEqualTo(sales2);
    }

    @Test
    void ofTwoConcurrentClaimsExactlyOneWins() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        for (int round = 0; round < 5; round++) {
            UUID id = capture(tenant, "marketing", "crm-marketing", lead("Race " + round, "1360000000" + round));
            List<Integer> statuses = race(
                    () -> post(tenant, "sales2", "crm-sales", "/api/v1/leads/" + id + "/claim", null)
                            .andReturn()
                            .getResponse()
                            .getStatus(),
                    round % 2 == 0
                            ? () -> post(tenant, "sales3", "crm-sales", "/api/v1/leads/" + id + "/claim", null)
                                    .andReturn()
                                    .getResponse()
                                    .getStatus()
                            : () -> post(
                                            tenant,
                                            "admin",
                                            "crm-admin",
                                            "/api/v1/leads/" + id + "/assign",
                                            "{\"ownerId\":\"" + sales1 + "\"}")
                                    .andReturn()
                                    .getResponse()
                                    .getStatus());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(jdbc.sql("SELECT count(*) FROM lead_history WHERE lead_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aLeadWithoutFollowUpForThirtyDaysIsRecycledToThePoolAndItsOwnerNamedInTheEvent() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000041"));
        Instant now = Instant.now();

        recycler.recycle(now.plus(Duration.ofDays(29)));
        assertThat(ownerOf(id)).isEqualTo(idOf(tenant, "sales1"));

        assertThat(recycler.recycle(now.plus(Duration.ofDays(31)))).isPositive();
        assertThat(ownerOf(id)).isNull();
        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.status").value("NEW"));
        mvc.perform(get("/api/v1/leads/" + id + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$[0].action").value("RECYCLED"))
                .andExpect(jsonPath("$[0].actor").value("system"))
                .andExpect(jsonPath("$[0].fromOwnerId").value(idOf(tenant, "sales1")));
        assertThat(events(id, LeadEvents.RECYCLED)
                        .getFirst()
                        .get("previousOwnerId")
                        .asString())
                .isEqualTo(idOf(tenant, "sales1"));
    }

    @SafeVarargs
    private static List<Integer> race(Callable<Integer>... calls) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(executor.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            executor.shutdownNow();
        }
    }
}
