package com.crmplatform.leadservice.source;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.LeadServiceIT;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/** The tenant's catalogue of source channels, and leads captured, filtered and imported with a channel. */
class LeadSourceCatalogueIT extends LeadServiceIT {

    private static final String EXPO =
            "{\"code\":\"EXPO_SHANGHAI\",\"label\":\"Shanghai Expo 2026\",\"source\":\"TRADE_SHOW\"}";

    @Test
    void anAdminAddsAChannelEveryoneListsAndMarketingCapturesALeadThroughIt() throws Exception {
        String tenant = newTenant();
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", EXPO)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("EXPO_SHANGHAI"))
                .andExpect(jsonPath("$.source").value("TRADE_SHOW"))
                .andExpect(jsonPath("$.active").value(true));

        JsonNode catalogue = body(mvc.perform(get("/api/v1/leads/sources").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(catalogue.get("builtIn").findValuesAsString("code"))
                .containsExactly(
                        "TRADE_SHOW",
                        "ADVERTISING",
                        "WEBSITE",
                        "WEBINAR",
                        "WHITEPAPER",
                        "REFERRAL",
                        "COLD_CALL",
                        "OTHER");
        assertThat(catalogue.get("builtIn").get(0).get("label").asString()).isEqualTo("Trade show");
        assertThat(catalogue.get("channels")).hasSize(1);
        assertThat(catalogue.get("channels").get(0).get("label").asString()).isEqualTo("Shanghai Expo 2026");

        UUID id = capture(
                tenant,
                "marketing",
                "crm-marketing",
                "{\"name\":\"Zhang San\",\"phone\":\"13800000001\",\"channel\":\"EXPO_SHANGHAI\"}");
        mvc.perform(get("/api/v1/leads/" + id).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("EXPO_SHANGHAI"))
                .andExpect(jsonPath("$.source").value("TRADE_SHOW"));
        JsonNode created = events(id, LeadEvents.CREATED).getFirst();
        assertThat(created.get("channel").asString()).isEqualTo("EXPO_SHANGHAI");
        assertThat(created.get("source").asString()).isEqualTo("TRADE_SHOW");

        capture(tenant, "marketing", "crm-marketing", lead("Li Si", "13800000002"));
        mvc.perform(get("/api/v1/leads?channel=EXPO_SHANGHAI").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()));
    }

    @Test
    void aChannelAndASourceThatDisagreeAreRefused() throws Exception {
        String tenant = newTenant();
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", EXPO).andExpect(status().isCreated());

        post(
                        tenant,
                        "admin",
                        "crm-admin",
                        "/api/v1/leads",
                        "{\"name\":\"Zhang San\",\"phone\":\"13800000001\",\"source\":\"WEBSITE\",\"channel\":\"EXPO_SHANGHAI\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel"));
        post(tenant, "admin", "crm-admin", "/api/v1/leads", "{\"name\":\"Zhang San\",\"phone\":\"13800000001\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("source"));
    }

    @Test
    void codesAreUniqueWellFormedAndOnlyAdminsWriteTheCatalogue() throws Exception {
        String tenant = newTenant();
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", EXPO).andExpect(status().isCreated());

        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", EXPO)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("SOURCE_CHANNEL_EXISTS"));
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", "{\"code\":\"expo-1\",\"label\":\"Expo\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("code"));
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", "{\"code\":\"WEBSITE\",\"label\":\"Web\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
        post(tenant, "sales1", "crm-sales", "/api/v1/leads/sources", "{\"code\":\"FAIR\",\"label\":\"Fair\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        post(tenant, "marketing", "crm-marketing", "/api/v1/leads/sources", "{\"code\":\"FAIR\",\"label\":\"Fair\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(put("/api/v1/leads/sources/NO_SUCH")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"Nothing\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherTenantCannotUseTheChannel() throws Exception {
        String tenant = newTenant();
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", EXPO).andExpect(status().isCreated());

        post(
                        newTenant(),
                        "marketing",
                        "crm-marketing",
                        "/api/v1/leads",
                        "{\"name\":\"Zhang San\",\"phone\":\"13800000001\",\"channel\":\"EXPO_SHANGHAI\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("channel"));
    }

    @Test
    void aDeactivatedChannelIsRefusedOnNewLeadsButStaysOnItsLeads() throws Exception {
        String tenant = newTenant();
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", EXPO).andExpect(status().isCreated());
        String body = "{\"name\":\"Zhang San\",\"phone\":\"13800000001\",\"channel\":\"EXPO_SHANGHAI\"}";
        UUID kept = capture(tenant, "sales1", "crm-sales", body);

        mvc.perform(put("/api/v1/leads/sources/EXPO_SHANGHAI")
                        .with(user(tenant, "admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"Shanghai Expo 2026\",\"source\":\"TRADE_SHOW\",\"active\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        post(
                        tenant,
                        "sales1",
                        "crm-sales",
                        "/api/v1/leads",
                        "{\"name\":\"Li Si\",\"phone\":\"13800000002\",\"channel\":\"EXPO_SHANGHAI\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel"));
        // The lead that has it can still be edited with it.
        mvc.perform(put("/api/v1/leads/" + kept)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang San Jr\",\"phone\":\"13800000001\",\"channel\":\"EXPO_SHANGHAI\","
                                + "\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("EXPO_SHANGHAI"))
                .andExpect(jsonPath("$.source").value("TRADE_SHOW"));
    }

    @Test
    void anImportWithAChannelColumnRefusesTheRowsOfAnUnknownChannel() throws Exception {
        String tenant = newTenant();
        post(tenant, "admin", "crm-admin", "/api/v1/leads/sources", EXPO).andExpect(status().isCreated());
        String csv = """
                name,phone,source,channel
                Zhang San,13800000001,,EXPO_SHANGHAI
                Li Si,13800000002,WEBSITE,NO_SUCH_CHANNEL
                Wang Wu,13800000003,REFERRAL,
                """;

        JsonNode report = body(mvc.perform(multipart("/api/v1/leads/import")
                        .file(new MockMultipartFile(
                                "file", "leads.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(tenant, "marketing", "crm-marketing")))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("invalid").asInt()).isEqualTo(1);
        JsonNode rows = report.get("rows");
        assertThat(rows.get(0).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(rows.get(1).get("outcome").asString()).isEqualTo("INVALID");
        assertThat(rows.get(1).get("errors").findValuesAsString("field")).containsExactly("channel");
        UUID zhang = UUID.fromString(rows.get(0).get("leadId").asString());
        assertThat(jdbc.sql("SELECT source || '/' || channel FROM lead WHERE id = ?")
                        .param(zhang)
                        .query(String.class)
                        .single())
                .isEqualTo("TRADE_SHOW/EXPO_SHANGHAI");
        assertThat(jdbc.sql("SELECT count(*) FROM lead WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
