package com.crmplatform.customerservice;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.test.KafkaEvents;
import com.crmplatform.platform.test.TestUserDirectory;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The integration-test base of customer-service: {@link com.crmplatform.platform.test.PlatformIntegrationTest} plus
 * the stub user directory, so every IT (and {@code ServiceConventionsIT}) shares one context.
 */
@TestPropertySource(properties = TestDirectoryConfiguration.TEST_PROPERTIES)
@Import(TestDirectoryConfiguration.class)
public abstract class CustomerServiceIT extends com.crmplatform.platform.test.PlatformIntegrationTest {

    @Autowired
    protected TestUserDirectory directory;

    /** Creates a customer as the given user and answers its id. */
    protected UUID createCustomer(String tenant, String username, String role, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/customers")
                        .with(user(tenant, username, role))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(body(result).get("id").asString());
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** The events of one customer of the given type, as JSON envelopes, waiting until {@code count} arrived. */
    protected List<JsonNode> events(UUID customerId, EventType<?> type, int count) {
        return events(customerId.toString(), type, count);
    }

    /** The events of the given type with record key {@code key} on the type's topic, waiting for {@code count}. */
    protected List<JsonNode> events(String key, EventType<?> type, int count) {
        return KafkaEvents.await(kafka, json, key, type, count);
    }

    /** How many events of the given type the outbox holds for the aggregate (sent or not). */
    protected long outboxCount(String aggregateId, EventType<?> type) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregateid = ? AND type = ?")
                .param(aggregateId)
                .param(type.type())
                .query(Long.class)
                .single();
    }
}
