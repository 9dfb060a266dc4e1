package com.crmplatform.leadservice.report;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.leadservice.LeadServiceIT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The dashboards' lead figures per salesperson: what each holds, followed up, converted and has due. */
class TeamReportIT extends LeadServiceIT {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anAdminSeesEachSalespersonsFiguresAndASalespersonOnlyTheirOwn() throws Exception {
        String tenant = newTenant();
        UUID due = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000001"));
        UUID later = capture(tenant, "sales1", "crm-sales", lead("Li Si", "13800000002"));
        UUID converted = capture(tenant, "sales1", "crm-sales", lead("Wang Wu", "13800000003"));
        capture(tenant, "sales2", "crm-sales", lead("Zhao Liu", "13800000004"));
        capture(tenant, "marketing", "crm-marketing", lead("Pool Lead", "13800000005"));
        followUp(tenant, due, now.minusSeconds(60), now.plus(2, ChronoUnit.HOURS));
        followUp(tenant, later, now.minusSeconds(30), now.plus(3, ChronoUnit.DAYS));
        // Conversion itself (a call to customer-service) is proven in LeadConversionIT; here only its record counts.
        jdbc.sql("UPDATE lead SET status = 'CONVERTED', converted_at = now() WHERE id = ?")
                .param(converted)
                .update();

        String query = "/api/v1/leads/team-report?dueBefore=" + now.plus(1, ChronoUnit.DAYS);
        JsonNode team = body(mvc.perform(get(query).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(team.get("rows")).hasSize(2);
        JsonNode sales1 = row(team, idOf(tenant, "sales1"));
        assertThat(sales1.get("leadsHeld").asLong()).isEqualTo(2);
        assertThat(sales1.get("followUps").asLong()).isEqualTo(2);
        assertThat(sales1.get("conversions").asLong()).isEqualTo(1);
        assertThat(sales1.get("followUpsDue").asLong()).isEqualTo(1);
        JsonNode sales2 = row(team, idOf(tenant, "sales2"));
        assertThat(sales2.get("leadsHeld").asLong()).isEqualTo(1);
        assertThat(sales2.get("followUps").asLong()).isZero();

        mvc.perform(get(query).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].ownerId").value(idOf(tenant, "sales2")))
                .andExpect(jsonPath("$.rows[0].leadsHeld").value(1));
    }

    @Test
    void anotherTenantSeesNoneOfItAndOtherRolesAreRefused() throws Exception {
        String tenant = newTenant();
        capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000001"));

        mvc.perform(get("/api/v1/leads/team-report").with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(0));
        mvc.perform(get("/api/v1/leads/team-report").with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(get("/api/v1/leads/team-report").with(user(tenant, "finance", "crm-finance")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPeriodEndingBeforeItStartsOrLongerThanAYearIsA400NamingTheField() throws Exception {
        String tenant = newTenant();
        mvc.perform(get("/api/v1/leads/team-report?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z")
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/leads/team-report?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/leads/team-report?from=yesterday").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest());
    }

    private void followUp(String tenant, UUID lead, Instant occurredAt, Instant next) throws Exception {
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + lead + "/follow-ups", """
                        {"type":"CALL","content":"Called","occurredAt":"%s","nextFollowUpAt":"%s"}
                        """.formatted(occurredAt, next))
                .andExpect(status().isCreated());
    }

    private static JsonNode row(JsonNode team, String ownerId) {
        for (JsonNode row : team.get("rows")) {
            if (row.get("ownerId").asString().equals(ownerId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + ownerId + " in " + team);
    }
}
