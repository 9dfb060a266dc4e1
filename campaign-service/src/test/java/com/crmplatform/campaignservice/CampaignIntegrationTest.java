package com.crmplatform.campaignservice;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers the campaign-service integration tests share; same Spring context as every PlatformIntegrationTest. */
public abstract class CampaignIntegrationTest extends PlatformIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JsonMapper json;

    protected CampaignFixtures fixtures() {
        return new CampaignFixtures(jdbc);
    }

    protected ResultActions postJson(String path, String body, String tenant, String username, String role)
            throws Exception {
        return mvc.perform(post(path)
                .with(user(tenant, username, role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    protected ResultActions getAs(String path, String tenant, String username, String role) throws Exception {
        return mvc.perform(get(path).with(user(tenant, username, role)));
    }

    protected JsonNode body(ResultActions result) throws Exception {
        MvcResult done = result.andReturn();
        return json.readTree(done.getResponse().getContentAsString());
    }

    protected long members(UUID campaignId) {
        return jdbc.sql("SELECT count(*) FROM campaign_member WHERE campaign_id = ?")
                .param(campaignId)
                .query(Long.class)
                .single();
    }

    /** The {@code data} of the events of this type written to the outbox for this campaign, oldest first. */
    protected List<JsonNode> events(UUID campaignId, EventType<?> type) {
        return jdbc
                .sql("SELECT payload::text FROM outbox_event WHERE aggregateid = ? AND type = ? ORDER BY position")
                .params(campaignId.toString(), type.type())
                .query(String.class)
                .list()
                .stream()
                .map(payload -> json.readTree(payload).get("data"))
                .toList();
    }
}
