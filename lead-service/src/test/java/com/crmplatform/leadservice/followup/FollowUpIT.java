package com.crmplatform.leadservice.followup;

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
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Follow-ups against the real database: who may record them, what they change, the timeline. */
class FollowUpIT extends LeadServiceIT {

    @Autowired
    LeadRecycler recycler;

    @Test
    void theOwnerRecordsFollowUpsAndTheLeadMovesToFollowing() throws Exception {
        String tenant = newTenant();
        UUID id = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000051"));
        Instant first = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        Instant second = first.plus(Duration.ofHours(1));

        post(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "/api/v1/leads/" + id + "/follow-ups",
                        followUp("CALL", first, "2030-01-01T09:00:00Z"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("CALL"))
                .andExpect(jsonPath("$.createdBy").value(idOf(tenant, "sales1")));
        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + id + "/follow-ups", followUp("VISIT", second, null))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.status").value("FOLLOWING"))
                .andExpect(jsonPath("$.lastFollowUpAt").value(second.toString()))
                .andExpect(jsonPath("$.nextFollowUpAt").doesNotExist());
        mvc.perform(get("/api/v1/leads/" + id + "/follow-ups?size=1").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].type").value("VISIT"));
        var event = events(id, LeadEvents.FOLLOWED_UP).getFirst();
        assertThat(event.get("type").asString()).isEqualTo("CALL");
        assertThat(event.get("ownerId").asString()).isEqualTo(idOf(tenant, "sales1"));

        // A recent follow-up keeps the lead with its owner when recycling runs.
        recycler.recycle(second.plus(Duration.ofDays(29)));
        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "sales1")));
    }

    @Test
    void onlyTheOwnerOrAnAdminRecordsAndNeverOnAPoolOrInvalidLead() throws Exception {
        String tenant = newTenant();
        Instant at = Instant.now().minus(Duration.ofMinutes(5));
        UUID owned = capture(tenant, "sales1", "crm-sales", lead("Zhang San", "13800000061"));
        UUID pooled = capture(tenant, "marketing", "crm-marketing", lead("Li Si", "13800000062"));

        post(tenant, "sales2", "crm-sales", "/api/v1/leads/" + owned + "/follow-ups", followUp("CALL", at, null))
                .andExpect(status().isNotFound());
        post(newTenant(), "admin", "crm-admin", "/api/v1/leads/" + owned + "/follow-ups", followUp("CALL", at, null))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads/" + owned + "/follow-ups").with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        post(tenant, "sales2", "crm-sales", "/api/v1/leads/" + pooled + "/follow-ups", followUp("CALL", at, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_IN_POOL"));
        post(tenant, "admin", "crm-admin", "/api/v1/leads/" + pooled + "/follow-ups", followUp("CALL", at, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("LEAD_IN_POOL"));

        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + owned + "/invalidate", "{\"reason\":\"fake\"}")
                .andExpect(status().isOk());
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/" + owned + "/follow-ups", followUp("CALL", at, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ILLEGAL_TRANSITION"));
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String followUp(String type, Instant occurredAt, String next) {
        return "{\"type\":\"" + type + "\",\"content\":\"Talked about the spring order\",\"occurredAt\":\"" + occurredAt
                + "\"" + (next == null ? "" : ",\"nextFollowUpAt\":\"" + next + "\"") + "}";
    }
}
