package com.crmplatform.leadservice.lead.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.leadservice.lead.domain.NewLead;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LeadController.class)
class LeadControllerTests {

    static final String ZHANG_SAN =
            "{\"name\":\"Zhang San\",\"company\":\"Acme Retail\",\"phone\":\"13800000000\",\"source\":\"TRADE_SHOW\"}";

    static final UUID ID = UUID.fromString("cf0226d9-8743-4666-9300-8b13e1bd65aa");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LeadService leads;

    @Test
    void capturesALeadAndAnswers201WithItsLocation() throws Exception {
        Lead lead = Lead.capture(
                new NewLead(
                        new ContactDetails("Zhang San", "Acme Retail", null, "13800000000", null, null),
                        null,
                        LeadSource.TRADE_SHOW,
                        null),
                "acme",
                "s1",
                true,
                Instant.parse("2026-11-25T10:00:00Z"));
        given(leads.capture(any(), anyBoolean(), any())).willReturn(lead);

        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ZHANG_SAN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/leads/" + lead.id()))
                .andExpect(jsonPath("$.id").value(lead.id().toString()))
                .andExpect(jsonPath("$.name").value("Zhang San"))
                .andExpect(jsonPath("$.source").value("TRADE_SHOW"))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.ownerId").value("s1"));
    }

    @Test
    void refusesALeadWithNeitherPhoneNorEmail() throws Exception {
        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang San\",\"source\":\"TRADE_SHOW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("reachable"));
        verifyNoInteractions(leads);
    }

    @Test
    void refusesInvalidFieldsNamingEachOne() throws Exception {
        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"phone\":\"call me\",\"email\":\"nope\",\"source\":\"TRADE_SHOW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
    }

    @Test
    void refusesAnUnknownSource() throws Exception {
        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang San\",\"phone\":\"13800000000\",\"source\":\"PIGEON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("source"));
    }

    @Test
    void refusesAChannelThatIsNotAChannelCode() throws Exception {
        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang San\",\"phone\":\"13800000000\",\"channel\":\"expo 2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("channel"));
        verifyNoInteractions(leads);
    }

    @Test
    void refusesFinanceWhichMayNotWorkWithLeads() throws Exception {
        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-finance", "crm-finance"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ZHANG_SAN))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(get("/api/v1/leads").with(user("acme", "acme-finance", "crm-finance")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(leads);
    }

    @Test
    void refusesACallWithoutToken() throws Exception {
        mvc.perform(post("/api/v1/leads")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ZHANG_SAN))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void anUpdateNeedsTheVersionReadInTheBodyOrIfMatch() throws Exception {
        String body = ZHANG_SAN;
        mvc.perform(put("/api/v1/leads/" + ID)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(put("/api/v1/leads/" + ID)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .header("If-Match", "\"abc\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("If-Match"));
        verifyNoInteractions(leads);
        assertThat(LeadController.expectedVersion(null, "W/\"7\"")).isEqualTo(7);
        assertThat(LeadController.expectedVersion(3, "\"7\"")).isEqualTo(3);
    }

    @Test
    void marketingAndFinanceMayNotEditInvalidateOrRestore() throws Exception {
        for (String role : new String[] {"crm-marketing", "crm-finance"}) {
            mvc.perform(put("/api/v1/leads/" + ID)
                            .with(user("acme", "acme-user", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ZHANG_SAN.replace("}", ",\"version\":0}")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/leads/" + ID + "/invalidate")
                            .with(user("acme", "acme-user", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\":\"spam\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/leads/" + ID + "/restore").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        verifyNoInteractions(leads);
    }

    @Test
    void refusesABlankInvalidReasonTooManyCustomFieldsAndAnUnknownScope() throws Exception {
        mvc.perform(post("/api/v1/leads/" + ID + "/invalidate")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            fields.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":\"v\"");
        }
        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ZHANG_SAN.replace("}", ",\"customFields\":{" + fields + "}}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("customFields"));
        mvc.perform(post("/api/v1/leads")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ZHANG_SAN.replace("}", ",\"customFields\":{\"k\":\"" + "v".repeat(1001) + "\"}}")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/leads?keyword=" + "k".repeat(101)).with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("keyword"));
        mvc.perform(get("/api/v1/leads?scope=everything").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("scope"));
        mvc.perform(get("/api/v1/leads?createdFrom=yesterday").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(leads);
    }

    @Test
    void passesAllowDuplicateToTheService() throws Exception {
        Lead lead = Lead.capture(
                new NewLead(
                        new ContactDetails("Zhang San", "Acme Retail", null, "13800000000", null, null),
                        null,
                        LeadSource.TRADE_SHOW,
                        null),
                "acme",
                "s1",
                true,
                Instant.parse("2026-11-25T10:00:00Z"));
        given(leads.capture(any(), eq(true), any())).willReturn(lead);

        mvc.perform(post("/api/v1/leads?allowDuplicate=true")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ZHANG_SAN))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""));
    }
}
