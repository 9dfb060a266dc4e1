package com.crmplatform.dealservice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.dealservice.DealServiceIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The dashboards' deal figures per salesperson: won, lost with reasons, and contracts approved, exact per currency. */
class TeamReportIT extends DealServiceIT {

    @Test
    void anAdminSeesWonLostAndApprovedContractsPerSalespersonAndCurrency() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        move(tenant, "sales1", opportunity(tenant, "sales1", customer, "1000.10", "CNY"), "{\"stage\":\"WON\"}");
        move(tenant, "sales1", opportunity(tenant, "sales1", customer, "0.01", "CNY"), "{\"stage\":\"WON\"}");
        move(tenant, "sales1", opportunity(tenant, "sales1", customer, "500", "USD"), lost("COMPETITOR"));
        move(tenant, "sales1", opportunity(tenant, "sales1", customer, "20", "USD"), lost("COMPETITOR"));
        opportunity(tenant, "sales1", customer, "999", "CNY");
        UUID other = knownCustomer(tenant, "sales2");
        move(tenant, "sales2", opportunity(tenant, "sales2", other, "7", "CNY"), lost("PRICE"));
        approvedContract(tenant, customer, "300.50");

        JsonNode team =
                body(mvc.perform(get("/api/v1/opportunities/team-report").with(as(tenant, "admin", "crm-admin")))
                        .andExpect(status().isOk())
                        .andReturn());
        JsonNode cny = row(team, idOf(tenant, "sales1"), "CNY");
        assertThat(cny.get("won").asLong()).isEqualTo(2);
        assertThat(cny.get("wonAmount").decimalValue()).isEqualByComparingTo("1000.11");
        assertThat(cny.get("contracts").asLong()).isEqualTo(1);
        assertThat(cny.get("contractAmount").decimalValue()).isEqualByComparingTo("300.50");
        JsonNode usd = row(team, idOf(tenant, "sales1"), "USD");
        assertThat(usd.get("lost").asLong()).isEqualTo(2);
        assertThat(usd.get("lostAmount").decimalValue()).isEqualByComparingTo("520");
        assertThat(row(team, idOf(tenant, "sales2"), "CNY").get("lost").asLong())
                .isEqualTo(1);
        assertThat(team.get("lossReasons")).hasSize(2);
        JsonNode sales1Reasons = lossReasonOf(team, idOf(tenant, "sales1"));
        assertThat(sales1Reasons.get("reason").asString()).isEqualTo("COMPETITOR");
        assertThat(sales1Reasons.get("count").asLong()).isEqualTo(2);
        assertThat(lossReasonOf(team, idOf(tenant, "sales2")).get("reason").asString())
                .isEqualTo("PRICE");

        mvc.perform(get("/api/v1/opportunities/team-report").with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].ownerId").value(idOf(tenant, "sales2")))
                .andExpect(jsonPath("$.lossReasons[0].reason").value("PRICE"));
        mvc.perform(get("/api/v1/opportunities/team-report").with(as(newTenant(), "admin", "crm-admin")))
                .andExpect(jsonPath("$.rows.length()").value(0));
        mvc.perform(get("/api/v1/opportunities/team-report").with(as(tenant, "finance", "crm-finance")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
    }

    @Test
    void aPeriodInTheFutureCountsNothingAndAReversedOneIsA400() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        move(tenant, "sales1", opportunity(tenant, "sales1", customer, "10", "CNY"), "{\"stage\":\"WON\"}");

        mvc.perform(get("/api/v1/opportunities/team-report?from=2099-01-01T00:00:00Z&to=2099-02-01T00:00:00Z")
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(0));
        mvc.perform(get("/api/v1/opportunities/team-report?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z")
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("to"));
    }

    private UUID opportunity(String tenant, String owner, UUID customer, String amount, String currency)
            throws Exception {
        return UUID.fromString(body(mvc.perform(
                                postJson("/api/v1/opportunities", """
                                {"customerId":"%s","name":"Deal","amount":%s,"currency":"%s"}""".formatted(customer, amount, currency))
                                        .with(as(tenant, owner, "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString());
    }

    private void move(String tenant, String owner, UUID id, String body) throws Exception {
        mvc.perform(postJson("/api/v1/opportunities/" + id + "/stage", body).with(as(tenant, owner, "crm-sales")))
                .andExpect(status().isOk());
    }

    private static String lost(String reason) {
        return "{\"stage\":\"LOST\",\"lossReason\":\"" + reason + "\"}";
    }

    private void approvedContract(String tenant, UUID customer, String amount) throws Exception {
        UUID id = UUID.fromString(body(mvc.perform(postJson("/api/v1/contracts", """
                                {"customerId":"%s","title":"Contract","amount":%s,"currency":"CNY"}""".formatted(customer, amount))
                                .with(as(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString());
        mvc.perform(post("/api/v1/contracts/" + id + "/submit").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/contracts/" + id + "/approve").with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk());
    }

    private static JsonNode lossReasonOf(JsonNode team, String ownerId) {
        for (JsonNode reason : team.get("lossReasons")) {
            if (reason.get("ownerId").asString().equals(ownerId)) {
                return reason;
            }
        }
        throw new AssertionError("no loss reason of " + ownerId + " in " + team);
    }

    private static JsonNode row(JsonNode team, String ownerId, String currency) {
        for (JsonNode row : team.get("rows")) {
            if (row.get("ownerId").asString().equals(ownerId)
                    && row.get("currency").asString().equals(currency)) {
                return row;
            }
        }
        throw new AssertionError("no " + currency + " row for " + ownerId + " in " + team);
    }
}
