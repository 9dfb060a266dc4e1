package com.crmplatform.leadservice.pool;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.LeadServiceIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Round-robin automatic assignment of ownerless new leads, per tenant, against the real database. */
class AutoAssignmentIT extends LeadServiceIT {

    private static final String PATH = "/api/v1/leads/auto-assignment";

    @Test
    void whenEnabledOwnerlessLeadsGoToTheSalespeopleInTurnWithHistoryAndEvents() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        String sales2 = directory.addSalesperson(tenant, "sales2");
        mvc.perform(get(PATH).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.salespeople.length()").value(0));

        set(tenant, "{\"enabled\":true,\"salespeople\":[\"" + sales1 + "\",\"" + sales2 + "\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.salespeople[1]").value(sales2))
                .andExpect(jsonPath("$.nextSalespersonId").value(sales1))
                .andExpect(jsonPath("$.updatedBy").value(idOf(tenant, "admin")));

        List<String> owners = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        String[] capturers = {"marketing", "admin", "marketing", "marketing"};
        String[] roles = {"crm-marketing", "crm-admin", "crm-marketing", "crm-marketing"};
        for (int i = 0; i < 4; i++) {
            JsonNode created = body(post(tenant, capturers[i], roles[i], "/api/v1/leads", lead("L" + i, phone(i)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("ASSIGNED"))
                    .andExpect(header().string("ETag", "\"1\""))
                    .andReturn());
            owners.add(created.get("ownerId").asString());
            ids.add(UUID.fromString(created.get("id").asString()));
        }
        assertThat(owners).containsExactly(sales1, sales2, sales1, sales2);

        UUID first = ids.getFirst();
        mvc.perform(get("/api/v1/leads/" + first + "/history").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].action").value("ASSIGNED"))
                .andExpect(jsonPath("$[0].fromOwnerId").doesNotExist())
                .andExpect(jsonPath("$[0].toOwnerId").value(sales1))
                .andExpect(jsonPath("$[0].reason").value("round-robin"))
                .andExpect(jsonPath("$[0].actor").value("system"));
        // Captured into the pool, then assigned, in that order and in the capturing transaction.
        assertThat(events(first, LeadEvents.CREATED).getFirst().get("ownerId").isNull())
                .isTrue();
        JsonNode assigned = events(first, LeadEvents.ASSIGNED).getFirst();
        assertThat(assigned.get("ownerId").asString()).isEqualTo(sales1);
        assertThat(assigned.get("reason").asString()).isEqualTo("round-robin");
        assertThat(assigned.get("assignedBy").asString()).isEqualTo("system");
        assertThat(jdbc.sql("SELECT type FROM outbox_event WHERE aggregateid = ? ORDER BY position")
                        .param(first.toString())
                        .query(String.class)
                        .list())
                .containsExactly(LeadEvents.CREATED.type(), LeadEvents.ASSIGNED.type());

        // A salesperson's own capture stays theirs and takes nobody's turn.
        UUID own = capture(tenant, "sales2", "crm-sales", lead("Own", phone(10)));
        assertThat(ownerOf(own)).isEqualTo(sales2);
        assertThat(events(own, LeadEvents.ASSIGNED)).isEmpty();
        mvc.perform(get(PATH).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.nextSalespersonId").value(sales1));

        // Another tenant is not affected.
        String other = newTenant();
        UUID elsewhere = capture(other, "marketing", "crm-marketing", lead("Elsewhere", phone(11)));
        assertThat(ownerOf(elsewhere)).isNull();
    }

    @Test
    void importedLeadsAreAssignedInTurnWithHistoryAndEventsContinuingTheTurns() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        String sales2 = directory.addSalesperson(tenant, "sales2");
        takeTurns(tenant, sales1, sales2);
        UUID single = capture(tenant, "marketing", "crm-marketing", lead("Single", phone(30)));
        assertThat(ownerOf(single)).isEqualTo(sales1);
        String csv = "name,phone,source\nI1," + phone(31) + ",WEBSITE\nbad row,,WEBSITE\nI2," + phone(32)
                + ",WEBSITE\nI3," + phone(33) + ",WEBSITE\n";

        JsonNode report = body(mvc.perform(multipart("/api/v1/leads/import")
                        .file(new MockMultipartFile("file", "leads.csv", "text/csv", csv.getBytes(UTF_8)))
                        .with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.invalid").value(1))
                .andReturn());

        List<UUID> imported = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            if (row.get("outcome").asString().equals("CREATED")) {
                imported.add(UUID.fromString(row.get("leadId").asString()));
            }
        }
        // The turns go on from the single capture: sales2, sales1, sales2, in file order.
        assertThat(imported.stream().map(this::ownerOf)).containsExactly(sales2, sales1, sales2);
        UUID second = imported.get(1);
        mvc.perform(get("/api/v1/leads/" + second).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get("/api/v1/leads/" + second + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].toOwnerId").value(sales1))
                .andExpect(jsonPath("$[0].reason").value("round-robin"));
        assertThat(jdbc.sql("SELECT type FROM outbox_event WHERE aggregateid = ? ORDER BY position")
                        .param(second.toString())
                        .query(String.class)
                        .list())
                .containsExactly(LeadEvents.CREATED.type(), LeadEvents.ASSIGNED.type());
        mvc.perform(get(PATH).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.nextSalespersonId").value(sales1));
    }

    @Test
    void whenDisabledOwnerlessLeadsStayInThePool() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        set(tenant, "{\"enabled\":true,\"salespeople\":[\"" + sales1 + "\"]}").andExpect(status().isOk());
        UUID assigned = capture(tenant, "marketing", "crm-marketing", lead("A", phone(20)));
        assertThat(ownerOf(assigned)).isEqualTo(sales1);

        set(tenant, "{\"enabled\":false,\"salespeople\":[\"" + sales1 + "\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        UUID pooled = capture(tenant, "marketing", "crm-marketing", lead("B", phone(21)));
        assertThat(ownerOf(pooled)).isNull();
        assertThat(events(pooled, LeadEvents.ASSIGNED)).isEmpty();
        mvc.perform(get("/api/v1/leads/" + pooled + "/history").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void concurrentCapturesTakeTurnsFairly() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        String sales2 = directory.addSalesperson(tenant, "sales2");
        takeTurns(tenant, sales1, sales2);

        List<Callable<UUID>> captures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = 30 + i;
            captures.add(() -> capture(tenant, "marketing", "crm-marketing", lead("C" + n, phone(n))));
        }
        List<UUID> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
            for (Future<UUID> id : pool.invokeAll(captures)) {
                ids.add(id.get());
            }
        }
        Map<String, Long> perOwner = ids.stream()
                .map(this::ownerOf)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perOwner).containsExactlyInAnyOrderEntriesOf(Map.of(sales1, 5L, sales2, 5L));
    }

    @Test
    void theSalespeopleMustBeActiveSalespeopleOfTheTenantAndEnablingNeedsOne() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        String foreign = directory.addSalesperson(newTenant(), "sales9");

        set(tenant, "{\"enabled\":true,\"salespeople\":[\"" + sales1 + "\",\"" + foreign + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("salespeople[1]"));
        set(tenant, "{\"enabled\":true,\"salespeople\":[\"" + sales1 + "\",\"" + idOf(tenant, "nobody") + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("salespeople[1]"));
        set(tenant, "{\"enabled\":true,\"salespeople\":[\"" + sales1 + "\",\"" + sales1 + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("salespeople[1]"));
        set(tenant, "{\"enabled\":true,\"salespeople\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("salespeople"));
        set(tenant, "{\"enabled\":true,\"salespeople\":[\" \"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("salespeople[0]"));
        set(tenant, "{\"salespeople\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("enabled"));
        mvc.perform(get(PATH).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.enabled").value(false));
    }

    @Test
    void onlyAnAdminReadsOrSetsIt() throws Exception {
        String tenant = newTenant();
        String sales1 = directory.addSalesperson(tenant, "sales1");
        for (String role : new String[] {"crm-sales", "crm-marketing", "crm-finance"}) {
            mvc.perform(get(PATH).with(user(tenant, "someone", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            mvc.perform(put(PATH)
                            .with(user(tenant, "someone", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"enabled\":true,\"salespeople\":[\"" + sales1 + "\"]}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        mvc.perform(get(PATH).with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.enabled").value(false));
    }

    private void takeTurns(String tenant, String... salespeople) throws Exception {
        set(tenant, "{\"enabled\":true,\"salespeople\":[\"" + String.join("\",\"", salespeople) + "\"]}")
                .andExpect(status().isOk());
    }

    private ResultActions set(String tenant, String body) throws Exception {
        return mvc.perform(put(PATH)
                .with(user(tenant, "admin", "crm-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String phone(int n) {
        return "1370000" + String.format("%04d", n);
    }
}
