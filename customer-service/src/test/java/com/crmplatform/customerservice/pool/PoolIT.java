package com.crmplatform.customerservice.pool;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.customerservice.CustomerServiceIT;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Ownership and the pool: assign, transfer, claim (limit, races), release, history, events. */
class PoolIT extends CustomerServiceIT {

    @Test
    void anAdminAssignsAPoolCustomerToAnActiveSalespersonWithAReason() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        UUID id = pooled(tenant, "Acme");

        mvc.perform(assign(tenant, id, sales1, "key account"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").value(sales1))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/" + id).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        mvc.perform(assign(tenant, id, sales1, "again"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ALREADY_OWNER"));
        mvc.perform(get("/api/v1/customers/" + id + "/history").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].change").value("ASSIGNED"))
                .andExpect(jsonPath("$[0].toOwnerId").value(sales1))
                .andExpect(jsonPath("$[0].reason").value("key account"));

        JsonNode event = events(id, CustomerEvents.OWNER_CHANGED, 1).getFirst();
        assertThat(event.get("data").get("change").asString()).isEqualTo("ASSIGNED");
        assertThat(event.get("data").get("newOwnerId").asString()).isEqualTo(sales1);
    }

    @Test
    void refusesAnOwnerWhoIsNotAnActiveSalespersonOfTheTenant() throws Exception {
        String tenant = newTenant();
        UUID id = pooled(tenant, "Acme");
        List<String> invalid = List.of(
                directory.registerDisabled(tenant, "gone", "crm-sales"),
                directory.register(tenant, "finance", "crm-finance"),
                directory.register(newTenant(), "sales1", "crm-sales"),
                "nobody");

        for (String ownerId : invalid) {
            mvc.perform(assign(tenant, id, ownerId, "why not"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("ownerId"));
        }
        mvc.perform(assign(newTenant(), id, "x", "other tenant")).andExpect(status().isNotFound());
    }

    @Test
    void transfersInBulkAllOrNothing() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        String sales2 = directory.register(tenant, "sales2", "crm-sales");
        UUID a = createCustomer(tenant, "sales1", "crm-sales", customer("Acme"));
        UUID b = createCustomer(tenant, "sales1", "crm-sales", customer("Globex"));

        mvc.perform(transfer(tenant, List.of(a, b, UUID.randomUUID()), sales2)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers?scope=mine").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2));

        mvc.perform(transfer(tenant, List.of(a, b), sales2))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].ownerId").value(sales2));
        mvc.perform(get("/api/v1/customers?scope=mine").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/customers/" + a + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$[0].change").value("TRANSFERRED"))
                .andExpect(jsonPath("$[0].fromOwnerId").value(sales1))
                .andExpect(jsonPath("$[0].toOwnerId").value(sales2));
    }

    @Test
    void aSalespersonClaimsFromThePoolUpToTheLimitAndReleases() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.register(tenant, "sales1", "crm-sales");
        List<UUID> pool = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pool.add(pooled(tenant, "Customer " + i));
        }
        for (int i = 0; i < 3; i++) {
            mvc.perform(claim(tenant, "sales1", pool.get(i)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ownerId").value(sales1));
        }
        mvc.perform(claim(tenant, "sales1", pool.get(3)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CLAIM_LIMIT_REACHED"))
                .andExpect(jsonPath("$.limit").value(3));
        mvc.perform(claim(tenant, "sales2", pool.get(0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CUSTOMER_NOT_IN_POOL"));
        mvc.perform(post("/api/v1/customers/" + pool.get(0) + "/release")
                        .with(user(tenant, "sales2", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/customers/" + pool.get(0) + "/release")
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"not interested\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").doesNotExist());
        mvc.perform(post("/api/v1/customers/" + pool.get(0) + "/release").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CUSTOMER_IN_POOL"));
        mvc.perform(claim(tenant, "sales1", pool.get(3))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/" + pool.get(0) + "/history").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].change").value("RELEASED"))
                .andExpect(jsonPath("$[0].reason").value("not interested"))
                .andExpect(jsonPath("$[1].change").value("CLAIMED"));
        mvc.perform(claim(tenant, "sales1", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(claim(newTenant(), "sales1", pool.get(3))).andExpect(status().isNotFound());
    }

    @Test
    void ofTwoConcurrentClaimsExactlyOneWins() throws Exception {
        String tenant = newTenant();
        directory.register(tenant, "sales1", "crm-sales");
        directory.register(tenant, "sales2", "crm-sales");
        for (int round = 0; round < 5; round++) {
            UUID id = pooled(tenant, "Contested " + round);
            CountDownLatch start = new CountDownLatch(1);
            List<Integer> statuses = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                List<Future<Integer>> results = new ArrayList<>();
                for (String salesperson : List.of("sales1", "sales2")) {
                    Callable<Integer> call = () -> {
                        start.await();
                        return mvc.perform(claim(tenant, salesperson, id))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                    };
                    results.add(threads.submit(call));
                }
                start.countDown();
                for (Future<Integer> result : results) {
                    statuses.add(result.get());
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(jdbc.sql("SELECT count(*) FROM customer_history WHERE customer_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void marketingAndFinanceReadTheHistoryOfCustomersTheySee() throws Exception {
        String tenant = newTenant();
        UUID id = pooled(tenant, "Acme");
        mvc.perform(get("/api/v1/customers/" + id + "/history").with(user(tenant, "finance", "crm-finance")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/" + id + "/history").with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/history").with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound());
    }

    private UUID pooled(String tenant, String name) throws Exception {
        return createCustomer(tenant, "admin", "crm-admin", customer(name));
    }

    private static String customer(String name) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}";
    }

    private static org.springframework.test.web.servlet.RequestBuilder assign(
            String tenant, UUID id, String ownerId, String reason) {
        return post("/api/v1/customers/" + id + "/assign")
                .with(user(tenant, "admin", "crm-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ownerId\":\"" + ownerId + "\",\"reason\":\"" + reason + "\"}");
    }

    private static org.springframework.test.web.servlet.RequestBuilder transfer(
            String tenant, List<UUID> ids, String ownerId) {
        String list = String.join("\",\"", ids.stream().map(UUID::toString).toList());
        return post("/api/v1/customers/transfer")
                .with(user(tenant, "admin", "crm-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerIds\":[\"" + list + "\"],\"ownerId\":\"" + ownerId
                        + "\",\"reason\":\"reorganisation\"}");
    }

    private static org.springframework.test.web.servlet.RequestBuilder claim(String tenant, String username, UUID id) {
        return post("/api/v1/customers/" + id + "/claim").with(user(tenant, username, "crm-sales"));
    }
}
