package com.crmplatform.campaignservice;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import com.crmplatform.platform.test.TestUserDirectory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Helpers the campaign-service integration tests share; the same Spring context as every PlatformIntegrationTest. */
public abstract class CampaignServiceIT extends PlatformIntegrationTest {

    protected static final String MARKETING = "crm-marketing";
    protected static final String ADMIN = "crm-admin";

    /** A form with the fields most tests need. */
    protected static final String FORM = """
            {"fields":[{"key":"name","required":true},{"key":"phone","required":true},{"key":"email"},
                       {"key":"size","label":"Company size","type":"SINGLE_CHOICE","options":["1-50","51-500","500+"]}]}
            """;

    @Autowired
    protected TestUserDirectory directory;

    /** An online webinar campaign body running from an hour ago for {@code days} days. */
    protected static String campaign(String name) {
        return campaign(name, "ONLINE", Instant.now().minus(1, ChronoUnit.HOURS), 30);
    }

    protected static String campaign(String name, String mode, Instant start, int days) {
        return """
                {"name":"%s","type":"WEBINAR","mode":"%s","startAt":"%s","endAt":"%s","budget":100000.00,
                 "expectedLeads":100,"expectedRevenue":5000000,"targetObject":"LEAD","description":"Spring summit"}
                """.formatted(name, mode, start, start.plus(days, ChronoUnit.DAYS));
    }

    /** Creates a campaign as a marketing user of the tenant and answers its id. */
    protected UUID create(String tenant, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/campaigns")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(body(result).get("id").asString());
    }

    /** Creates an online campaign with the standard form and publishes it. */
    protected UUID published(String tenant, String name) throws Exception {
        UUID id = create(tenant, campaign(name));
        saveForm(tenant, id, FORM).andExpect(status().isOk());
        action(tenant, id, "publish").andExpect(status().isOk());
        return id;
    }

    protected ResultActions saveForm(String tenant, UUID id, String form) throws Exception {
        return mvc.perform(put("/api/v1/campaigns/{id}/form", id)
                .with(user(tenant, "marketing", MARKETING))
                .contentType(MediaType.APPLICATION_JSON)
                .content(form));
    }

    /** POST /{id}/{action} (publish, close, cancel) as a marketing user. */
    protected ResultActions action(String tenant, UUID id, String action) throws Exception {
        return mvc.perform(post("/api/v1/campaigns/{id}/" + action, id).with(user(tenant, "marketing", MARKETING)));
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return body(result.andReturn());
    }

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
