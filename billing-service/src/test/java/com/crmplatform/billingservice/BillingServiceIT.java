package com.crmplatform.billingservice;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.billingservice.contract.domain.ContractReadModel;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.test.KafkaEvents;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import com.crmplatform.platform.test.TestUserDirectory;
import com.crmplatform.platform.test.TestUsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The integration-test base of billing-service: {@link PlatformIntegrationTest} (real PostgreSQL, embedded Kafka) with
 * the test user directory and the mutable clock, and helpers for the contracts billing knows from deal-service's
 * events (made known by calling the read model directly; {@code ContractEventsIT} feeds real events through Kafka).
 */
@TestPropertySource(properties = BillingTestConfiguration.TEST_PROPERTIES)
@Import(BillingTestConfiguration.class)
public abstract class BillingServiceIT extends PlatformIntegrationTest {

    protected static final String PAYMENTS = "/api/v1/payments";

    @Autowired
    protected TestUserDirectory directory;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected ContractReadModel contracts;

    @BeforeEach
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected static String idOf(String tenant, String username) {
        return TestUsers.idOf(tenant, username);
    }

    protected static RequestPostProcessor as(String tenant, String username, String role) {
        return user(tenant, username, role);
    }

    protected static RequestPostProcessor finance(String tenant) {
        return user(tenant, "finance", "crm-finance");
    }

    /** An ACTIVE contract of {@code tenant} owned by {@code owner}, as if deal-service announced its approval. */
    protected UUID activeContract(String tenant, String owner, String amount, String currency) {
        UUID id = UUID.randomUUID();
        contracts.apply(
                tenant, contract(id, UUID.randomUUID(), idOf(tenant, owner), amount, currency, "ACTIVE", 2, null));
        return id;
    }

    protected UUID activeContract(String tenant, String owner, String amount) {
        return activeContract(tenant, owner, amount, "CNY");
    }

    /** A contract event's payload: the contract's state after a change, as deal-service publishes it. */
    protected static ContractChanged contract(
            UUID id,
            UUID customerId,
            String ownerId,
            String amount,
            String currency,
            String status,
            int version,
            UUID sourceCampaignId) {
        return new ContractChanged(
                id,
                "HT-2026-" + id.toString().substring(0, 6),
                "Contract " + id.toString().substring(0, 6),
                customerId,
                null,
                new BigDecimal(amount),
                currency,
                "DRAFT".equals(status) ? null : new BigDecimal(amount),
                status,
                null,
                ownerId,
                sourceCampaignId,
                LocalDate.of(2026, 1, 10),
                null,
                null,
                null,
                ownerId,
                Instant.now(),
                version,
                null);
    }

    protected MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    protected MockHttpServletRequestBuilder putJson(String path, String body) {
        return put(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    protected static String planPath(UUID contractId) {
        return "/api/v1/contracts/" + contractId + "/payment-plan";
    }

    /** A payment request body; {@code extra} is appended inside the object (e.g. {@code ,"installmentIds":[…]}). */
    protected String payment(UUID contractId, String amount, String extra) {
        return """
                {"contractId":"%s","amount":%s,"currency":"CNY","receivedAt":"%s","method":"BANK_TRANSFER",\
                "reference":"BANK-1"%s}""".formatted(contractId, amount, today(), extra);
    }

    /** Today's business day by the (possibly fixed) test clock. */
    protected LocalDate today() {
        return LocalDate.now(clock.withZone(MutableClock.BUSINESS_ZONE));
    }

    /** Records a payment as the contract's owner {@code sales1} (201 expected) and answers its JSON. */
    protected JsonNode record(String tenant, UUID contractId, String amount) throws Exception {
        return body(
                mvc.perform(postJson(PAYMENTS, payment(contractId, amount, "")).with(as(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isCreated())
                        .andReturn());
    }

    protected JsonNode confirm(String tenant, String paymentId) throws Exception {
        return body(mvc.perform(post(PAYMENTS + "/" + paymentId + "/confirm").with(finance(tenant)))
                .andExpect(status().isOk())
                .andReturn());
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /**
     * Every event of {@code type} with record key {@code key} that reached Kafka, once the outbox has sent all of that
     * key's events: an exact count, so "published once" can be asserted.
     */
    protected List<JsonNode> published(String key, EventType<?> type) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("SELECT count(*) FROM outbox_event WHERE aggregateid = ? AND published_at IS NULL")
                                        .param(key)
                                        .query(Long.class)
                                        .single()
                                == 0);
        return KafkaEvents.all(kafka, json, key, type);
    }

    protected long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }
}
