package com.crmplatform.dealservice.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.dealservice.DealServiceIT;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The pipeline board's figures and the forecast, exact, per currency, within the caller's scope. */
class PipelineReportIT extends DealServiceIT {

    @Test
    void eachStageHasItsCountSumAndWeightedSumPerCurrency() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        create(tenant, "sales1", customer, "1000.10", "CNY", "2027-01-15");
        create(tenant, "sales1", customer, "0.01", "CNY", "2027-01-20");
        String usd = create(tenant, "sales1", customer, "500", "USD", "2027-02-01");
        create(tenant, "sales2", knownCustomer(tenant, "sales2"), "7", "CNY", "2027-01-01");
        move(tenant, "sales1", usd, "PROPOSAL");

        JsonNode mine = body(mvc.perform(get("/api/v1/opportunities/pipeline").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andReturn());
        JsonNode qualification = mine.get("stages").get(0);
        assertThat(qualification.get("stage").asString()).isEqualTo("QUALIFICATION");
        assertThat(qualification.get("count").asLong()).isEqualTo(2);
        JsonNode cny = qualification.get("totals").get(0);
        assertThat(cny.get("currency").asString()).isEqualTo("CNY");
        assertThat(cny.get("amount").decimalValue()).isEqualByComparingTo("1000.11");
        assertThat(cny.get("weightedAmount").decimalValue()).isEqualByComparingTo("100.011");
        JsonNode proposal = mine.get("stages").get(2);
        assertThat(proposal.get("totals").get(0).get("currency").asString()).isEqualTo("USD");
        assertThat(proposal.get("totals").get(0).get("weightedAmount").decimalValue())
                .isEqualByComparingTo("300");
        assertThat(mine.get("stages").get(1).get("count").asLong()).isZero();

        mvc.perform(get("/api/v1/opportunities/pipeline").with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.stages[0].count").value(3));
        mvc.perform(get("/api/v1/opportunities/pipeline?ownerId=" + idOf(tenant, "sales2"))
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.stages[0].count").value(1));
        mvc.perform(get("/api/v1/opportunities/pipeline?ownerId=" + idOf(tenant, "sales2"))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.stages[0].count").value(2));
        mvc.perform(get("/api/v1/opportunities/pipeline").with(as(tenant, "finance", "crm-finance")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/opportunities/forecast?from=2027-01&months=2").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].month").value("2027-01"))
                .andExpect(jsonPath("$[0].count").value(2))
                .andExpect(jsonPath("$[0].amount").value(1000.11))
                .andExpect(jsonPath("$[1].currency").value("USD"))
                .andExpect(jsonPath("$[1].weightedAmount").value(300.0));
        mvc.perform(get("/api/v1/opportunities/forecast?months=99").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTotalsStayEqualToTheOpportunitiesUnderConcurrentChanges() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(create(tenant, "sales1", customer, (i + 1) + ".33", "CNY", "2027-01-15"));
        }
        String[] stages = {"NEEDS_ANALYSIS", "PROPOSAL", "QUALIFICATION", "NEGOTIATION", "WON"};
        List<Callable<Integer>> moves = new ArrayList<>();
        for (String id : ids) {
            for (String stage : stages) {
                moves.add(() -> mvc.perform(
                                postJson("/api/v1/opportunities/" + id + "/stage", "{\"stage\":\"" + stage + "\"}")
                                        .with(as(tenant, "sales1", "crm-sales")))
                        .andReturn()
                        .getResponse()
                        .getStatus());
            }
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> answer : pool.invokeAll(moves)) {
                assertThat(answer.get()).isIn(200, 409);
            }
        }

        List<Map<String, Object>> kept = jdbc.sql("""
                        SELECT stage, opportunities, amount, weighted_amount FROM pipeline_total
                        WHERE tenant = ? AND opportunities <> 0 ORDER BY stage""").param(tenant).query().listOfRows();
        List<Map<String, Object>> recomputed =
                jdbc.sql("""
                        SELECT stage, count(*) AS opportunities, sum(amount) AS amount,
                               sum(amount * probability) / 100 AS weighted_amount
                        FROM opportunity WHERE tenant = ? GROUP BY stage ORDER BY stage""").param(tenant).query().listOfRows();
        assertThat(kept).hasSameSizeAs(recomputed);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).get("stage")).isEqualTo(recomputed.get(i).get("stage"));
            assertThat(((Number) kept.get(i).get("opportunities")).longValue())
                    .isEqualTo(((Number) recomputed.get(i).get("opportunities")).longValue());
            assertThat((BigDecimal) kept.get(i).get("amount"))
                    .isEqualByComparingTo((BigDecimal) recomputed.get(i).get("amount"));
            assertThat((BigDecimal) kept.get(i).get("weighted_amount"))
                    .isEqualByComparingTo((BigDecimal) recomputed.get(i).get("weighted_amount"));
        }
    }

    private String create(String tenant, String owner, UUID customer, String amount, String currency, String close)
            throws Exception {
        return body(mvc.perform(postJson("/api/v1/opportunities", """
                                {"customerId":"%s","name":"Deal","amount":%s,"currency":"%s",
                                 "expectedCloseDate":"%s"}""".formatted(customer, amount, currency, close))
                                .with(as(tenant, owner, "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
    }

    private void move(String tenant, String owner, String id, String stage) throws Exception {
        mvc.perform(postJson("/api/v1/opportunities/" + id + "/stage", "{\"stage\":\"" + stage + "\"}")
                        .with(as(tenant, owner, "crm-sales")))
                .andExpect(status().isOk());
    }
}
