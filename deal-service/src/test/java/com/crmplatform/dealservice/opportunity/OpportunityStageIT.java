package com.crmplatform.dealservice.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.dealservice.DealServiceIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Moving opportunities through the pipeline, losing with a reason, reopening, and the tenant's pipeline settings. */
class OpportunityStageIT extends DealServiceIT {

    @Test
    void movesThroughStagesKeepingTheHistoryAndLosesWithAReason() throws Exception {
        String tenant = newTenant();
        String id = create(tenant, "sales1");
        String path = "/api/v1/opportunities/" + id;

        move(tenant, "sales1", id, "{\"stage\":\"PROPOSAL\",\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PROPOSAL"))
                .andExpect(jsonPath("$.probability").value(60));
        move(tenant, "sales1", id, "{\"stage\":\"LOST\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lossReason"));
        move(tenant, "sales1", id, "{\"stage\":\"LOST\",\"lossReason\":\"BAD_LUCK\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lossReason"));
        move(tenant, "sales1", id, "{\"stage\":\"NEGOTIATION\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
        move(tenant, "sales1", id, "{\"stage\":\"LOST\",\"lossReason\":\"COMPETITOR\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LOST"))
                .andExpect(jsonPath("$.probability").value(0))
                .andExpect(jsonPath("$.lossReason").value("COMPETITOR"))
                .andExpect(jsonPath("$.closedAt").isNotEmpty());
        move(tenant, "sales1", id, "{\"stage\":\"PROPOSAL\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("OPPORTUNITY_CLOSED"));

        mvc.perform(get(path + "/history").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].fromStage").doesNotExist())
                .andExpect(jsonPath("$[0].toStage").value("QUALIFICATION"))
                .andExpect(jsonPath("$[1].toStage").value("PROPOSAL"))
                .andExpect(jsonPath("$[2].toStage").value("LOST"))
                .andExpect(jsonPath("$[2].lossReason").value("COMPETITOR"))
                .andExpect(jsonPath("$[2].changedBy").value(idOf(tenant, "sales1")));
        mvc.perform(get(path + "/history").with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());

        JsonNode lost = events(id, OpportunityEvents.LOST, 1).getFirst().get("data");
        assertThat(lost.get("previousStage").asString()).isEqualTo("PROPOSAL");
        assertThat(lost.get("lossReason").asString()).isEqualTo("COMPETITOR");
        assertThat(lost.get("customerDeal").get("status").asString()).isEqualTo("NONE");
        assertThat(lost.get("customerDeal").get("sequence").asLong()).isEqualTo(3);
        events(id, OpportunityEvents.STAGE_CHANGED, 1);
    }

    @Test
    void onlyAnAdminReopensAndItReturnsToTheStageItWasClosedFrom() throws Exception {
        String tenant = newTenant();
        String id = create(tenant, "sales1");
        move(tenant, "sales1", id, "{\"stage\":\"NEGOTIATION\"}").andExpect(status().isOk());
        move(tenant, "sales1", id, "{\"stage\":\"WON\"}")
                .andExpect(jsonPath("$.status").value("WON"))
                .andExpect(jsonPath("$.probability").value(100));
        String reopen = "/api/v1/opportunities/" + id + "/reopen";

        mvc.perform(postJson(reopen, "{}").with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(reopen, "{}").with(as(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(postJson(reopen, "{}").with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.stage").value("NEGOTIATION"))
                .andExpect(jsonPath("$.closedAt").doesNotExist());
        mvc.perform(postJson(reopen, "{}").with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("OPPORTUNITY_OPEN"));
        JsonNode won = events(id, OpportunityEvents.WON, 1).getFirst().get("data");
        assertThat(won.get("customerDeal").get("status").asString())
                .as("a won opportunity without a contract yet keeps the customer in progress")
                .isEqualTo("IN_PROGRESS");
        JsonNode reopened = events(id, OpportunityEvents.REOPENED, 1).getFirst().get("data");
        assertThat(reopened.get("previousStage").asString()).isEqualTo("WON");
        assertThat(reopened.get("customerDeal").get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anAdminRenamesReordersAndReweightsTheOpenStages() throws Exception {
        String tenant = newTenant();
        String stages = """
                {"stages":[{"code":"NEEDS_ANALYSIS","name":"Discovery","probability":20},
                           {"code":"QUALIFICATION","name":"Qualify","probability":5},
                           {"code":"PROPOSAL","name":"Quote","probability":50},
                           {"code":"NEGOTIATION","name":"Negotiation","probability":90}]}""";

        mvc.perform(put("/api/v1/pipeline-stages")
                        .with(as(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(stages))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/pipeline-stages")
                        .with(as(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stages\":[{\"code\":\"QUALIFICATION\",\"name\":\"Only\",\"probability\":5}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stages"));
        mvc.perform(put("/api/v1/pipeline-stages")
                        .with(as(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(stages))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].code").value("NEEDS_ANALYSIS"))
                .andExpect(jsonPath("$.stages[0].name").value("Discovery"))
                .andExpect(jsonPath("$.stages[4].code").value("WON"))
                .andExpect(jsonPath("$.stages[5].code").value("LOST"));

        String id = create(tenant, "sales1");
        mvc.perform(get("/api/v1/opportunities/" + id).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.stage").value("NEEDS_ANALYSIS"))
                .andExpect(jsonPath("$.probability").value(20));
        mvc.perform(get("/api/v1/pipeline-stages").with(as(newTenant(), "sales1", "crm-sales")))
                .andExpect(jsonPath("$.stages[0].code").value("QUALIFICATION"))
                .andExpect(jsonPath("$.stages[0].probability").value(10));
        mvc.perform(get("/api/v1/pipeline-stages").with(as(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTenantAddsLossReasonsButKeepsTheBuiltInOnes() throws Exception {
        String tenant = newTenant();
        mvc.perform(put("/api/v1/pipeline-stages/loss-reasons")
                        .with(as(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lossReasons\":[{\"code\":\"PRICE\",\"label\":\"价格\"},"
                                + "{\"code\":\"MERGER\",\"label\":\"Customer was acquired\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lossReasons.length()").value(7))
                .andExpect(jsonPath("$.lossReasons[0].label").value("价格"))
                .andExpect(jsonPath("$.lossReasons[6].code").value("MERGER"))
                .andExpect(jsonPath("$.lossReasons[6].builtIn").value(false));
        mvc.perform(put("/api/v1/pipeline-stages/loss-reasons")
                        .with(as(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lossReasons\":[{\"code\":\"bad code\",\"label\":\"x\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("lossReasons[0].code"));

        String id = create(tenant, "sales1");
        move(tenant, "sales1", id, "{\"stage\":\"LOST\",\"lossReason\":\"MERGER\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lossReason").value("MERGER"));
        String other = create(newTenant(), "sales1");
        mvc.perform(postJson(
                                "/api/v1/opportunities/" + other + "/stage",
                                "{\"stage\":\"LOST\",\"lossReason\":\"MERGER\"}")
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isNotFound());
    }

    private String create(String tenant, String owner) throws Exception {
        UUID customer = knownCustomer(tenant, owner);
        return body(mvc.perform(postJson(
                                        "/api/v1/opportunities",
                                        "{\"customerId\":\"%s\",\"name\":\"Deal\",\"amount\":1000}".formatted(customer))
                                .with(as(tenant, owner, "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
    }

    private org.springframework.test.web.servlet.ResultActions move(
            String tenant, String username, String id, String body) throws Exception {
        return mvc.perform(
                postJson("/api/v1/opportunities/" + id + "/stage", body).with(as(tenant, username, "crm-sales")));
    }
}
