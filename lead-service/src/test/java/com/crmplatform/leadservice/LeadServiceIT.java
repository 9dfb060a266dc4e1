package com.crmplatform.leadservice;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import com.crmplatform.platform.test.TestUserDirectory;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Helpers the lead-service integration tests share; same Spring context as every PlatformIntegrationTest. */
public abstract class LeadServiceIT extends PlatformIntegrationTest {

    @Autowired
    protected TestUserDirectory directory;

    /** The lead's owner as stored, or null when it is in the pool. */
    protected String ownerOf(UUID id) {
        return jdbc.sql("SELECT owner_id FROM lead WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    protected static String lead(String name, String phone) {
        return "{\"name\":\"" + name + "\",\"company\":\"Acme Retail\",\"phone\":\"" + phone
                + "\",\"source\":\"TRADE_SHOW\"}";
    }

    /** Captures a lead as this user and returns its id. */
    protected UUID capture(String tenant, String username, String role, String body) throws Exception {
        return id(post(tenant, username, role, "/api/v1/leads", body).andExpect(status().isCreated()));
    }

    protected ResultActions post(String tenant, String username, String role, String path, String body)
            throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(tenant, username, role));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    protected UUID id(ResultActions result) throws Exception {
        MvcResult done = result.andReturn();
        return UUID.fromString(body(done).get("id").asString());
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** The {@code data} of the events of this type written to the outbox for this lead, oldest first. */
    protected List<JsonNode> events(UUID leadId, EventType<?> type) {
        return jdbc
                .sql("SELECT payload::text FROM outbox_event WHERE aggregateid = ? AND type = ? ORDER BY position")
                .params(leadId.toString(), type.type())
                .query(String.class)
                .list()
                .stream()
                .map(payload -> json.readTree(payload).get("data"))
                .toList();
    }
}
