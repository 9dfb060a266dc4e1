package com.crmplatform.dealservice.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.dealservice.DealServiceIT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Follow-ups on an opportunity: its owner and admins record and read them. */
class FollowUpIT extends DealServiceIT {

    @Test
    void theOwnerRecordsFollowUpsWithTheCustomersContacts() throws Exception {
        String tenant = newTenant();
        UUID customer = knownCustomer(tenant, "sales1");
        UUID contact = knownContact(tenant, customer);
        String id = opportunity(tenant, customer);
        String path = "/api/v1/opportunities/" + id + "/follow-ups";
        Instant occurred = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        mvc.perform(postJson(path, """
                        {"type":"MEETING","content":"Demo for the board","occurredAt":"%s","nextFollowUpAt":"%s",
                         "contactIds":["%s"]}""".formatted(occurred, occurred.plus(2, ChronoUnit.DAYS), contact))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("MEETING"))
                .andExpect(jsonPath("$.contactIds[0]").value(contact.toString()));
        mvc.perform(postJson(path, "{\"type\":\"CALL\",\"content\":\"Price talk\"}")
                        .with(as(tenant, "admin", "crm-admin")))
                .andExpect(status().isCreated());

        mvc.perform(get(path).with(as(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].content").value("Price talk"));
        assertThat(events(id, OpportunityEvents.FOLLOWED_UP, 2)).hasSize(2);
    }

    @Test
    void refusesOthersAndImpossibleInput() throws Exception {
        String tenant = newTenant();
        String id = opportunity(tenant, knownCustomer(tenant, "sales1"));
        String path = "/api/v1/opportunities/" + id + "/follow-ups";
        String call = "{\"type\":\"CALL\",\"content\":\"Hello\"}";

        mvc.perform(postJson(path, call).with(as(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(tenant, "sales2", "crm-sales"))).andExpect(status().isNotFound());
        mvc.perform(postJson(path, call).with(as(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(postJson(path, call).with(as(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(
                                path,
                                "{\"type\":\"CALL\",\"content\":\"Later\",\"occurredAt\":\"%s\"}"
                                        .formatted(Instant.now().plus(1, ChronoUnit.DAYS)))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("occurredAt"));
        mvc.perform(postJson(
                                path,
                                "{\"type\":\"CALL\",\"content\":\"Who\",\"contactIds\":[\"%s\"]}"
                                        .formatted(UUID.randomUUID()))
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("contactIds"));
        mvc.perform(postJson(path, "{\"type\":\"TELEPATHY\",\"content\":\"x\"}")
                        .with(as(tenant, "sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"));
    }

    private String opportunity(String tenant, UUID customer) throws Exception {
        return body(mvc.perform(postJson(
                                        "/api/v1/opportunities",
                                        "{\"customerId\":\"%s\",\"name\":\"Deal\",\"amount\":10}".formatted(customer))
                                .with(as(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
    }
}
