package com.crmplatform.campaignservice.attribution;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.platform.test.PlatformIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** Lead events from Kafka are counted once each, per tenant, and reported to marketing. */
class LeadAttributionIT extends PlatformIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> producer;

    @Test
    void countsARedeliveredLeadEventOnce() throws Exception {
        String tenant = newTenant();
        UUID campaign = UUID.randomUUID();
        String event = leadCreated(tenant, LeadSource.WEBINAR, campaign);

        send(event);
        send(event);
        send(leadCreated(tenant, LeadSource.TRADE_SHOW, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> attributed(tenant) == 2);
        Thread.sleep(500); // a late duplicate would show up here
        mvc.perform(get("/api/v1/campaigns/lead-sources").with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.byCampaign[0].campaignId").value(campaign.toString()))
                .andExpect(jsonPath("$.byCampaign[0].leads").value(1))
                .andExpect(jsonPath("$.bySource.length()").value(2));
    }

    @Test
    void reportsOnlyTheCallersTenant() throws Exception {
        String tenant = newTenant();
        send(leadCreated(tenant, LeadSource.REFERRAL, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> attributed(tenant) == 1);

        mvc.perform(get("/api/v1/campaigns/lead-sources").with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void refusesASalesperson() throws Exception {
        mvc.perform(get("/api/v1/campaigns/lead-sources").with(user(newTenant(), "sales1", "crm-sales")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
    }

    private String leadCreated(String tenant, LeadSource source, UUID campaign) {
        UUID lead = UUID.randomUUID();
        return json.writeValueAsString(new EventEnvelope<>(
                "1.0",
                UUID.randomUUID().toString(),
                "/lead-service",
                LeadEvents.CREATED.type(),
                lead.toString(),
                Instant.now(),
                "application/json",
                tenant,
                new LeadCreated(lead, "Zhang San", "Acme Retail", source, null, campaign, null, "u1", Instant.now())));
    }

    private void send(String envelope) throws Exception {
        String key = json.readTree(envelope).get("subject").asString();
        producer.send(LeadEvents.TOPIC, key, envelope).get();
    }

    private long attributed(String tenant) {
        return jdbc.sql("SELECT count(*) FROM lead_attribution WHERE tenant = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }
}
