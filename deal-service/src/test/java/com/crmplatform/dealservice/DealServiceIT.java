package com.crmplatform.dealservice;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.crmplatform.contracts.customer.ContactChanged;
import com.crmplatform.contracts.customer.CustomerCreated;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.dealservice.customer.domain.CustomerReadModel;
import com.crmplatform.platform.test.KafkaEvents;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import com.crmplatform.platform.test.TestUserDirectory;
import com.crmplatform.platform.test.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The integration-test base of deal-service: {@link PlatformIntegrationTest} (real PostgreSQL, embedded Kafka) with
 * the test user directory, and helpers for the customers deal-service knows from customer-service's events.
 */
@Import(DealServiceIT.TestDirectory.class)
public abstract class DealServiceIT extends PlatformIntegrationTest {

    @Autowired
    protected TestUserDirectory directory;

    @Autowired
    private CustomerReadModel customers;

    protected static String idOf(String tenant, String username) {
        return TestUsers.idOf(tenant, username);
    }

    /** A customer of {@code tenant} owned by {@code owner} (null: the pool), as if customer-service announced it. */
    protected UUID knownCustomer(String tenant, String owner, UUID sourceCampaignId) {
        UUID id = UUID.randomUUID();
        customers.created(
                tenant,
                new CustomerCreated(
                        id,
                        "Customer " + id.toString().substring(0, 6),
                        CustomerKind.ORGANIZATION,
                        null,
                        null,
                        sourceCampaignId,
                        owner == null ? null : idOf(tenant, owner),
                        "test",
                        Instant.now()));
        return id;
    }

    protected UUID knownCustomer(String tenant, String owner) {
        return knownCustomer(tenant, owner, null);
    }

    /** A live contact of the customer, as if customer-service announced it. */
    protected UUID knownContact(String tenant, UUID customerId) {
        UUID id = UUID.randomUUID();
        customers.contactChanged(
                tenant, new ContactChanged(customerId, id, "Contact", false, "test", Instant.now()), false);
        return id;
    }

    protected MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    protected static org.springframework.test.web.servlet.request.RequestPostProcessor as(
            String tenant, String username, String role) {
        return user(tenant, username, role);
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** The events of the given type with record key {@code key} on the type's topic, waiting for {@code count}. */
    protected List<JsonNode> events(String key, EventType<?> type, int count) {
        return KafkaEvents.await(kafka, json, key, type, count);
    }

    /** The user directory of every IT of this service (one shared context). */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestDirectory {

        @Bean
        @Primary
        TestUserDirectory testUserDirectory() {
            return new TestUserDirectory();
        }
    }
}
