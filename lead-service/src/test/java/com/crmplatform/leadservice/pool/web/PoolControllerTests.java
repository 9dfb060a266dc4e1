package com.crmplatform.leadservice.pool.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadAction;
import com.crmplatform.leadservice.lead.domain.NewLead;
import com.crmplatform.leadservice.pool.domain.PoolService;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(PoolController.class)
class PoolControllerTests {

    static final UUID ID = UUID.fromString("cf0226d9-8743-4666-9300-8b13e1bd65aa");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PoolService pool;

    @Test
    void anAdminAssignsWithOwnerAndReason() throws Exception {
        Lead lead = poolLead().ownedBy("s1", LeadAction.ASSIGN, Instant.now());
        given(pool.assign(eq(ID), eq("s1"), eq("region"), any())).willReturn(lead);

        mvc.perform(json(post("/api/v1/leads/" + ID + "/assign"), "{\"ownerId\":\"s1\",\"reason\":\" region \"}")
                        .with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerId").value("s1"))
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
    }

    @Test
    void onlyAnAdminAssignsOrTransfers() throws Exception {
        for (String role : new String[] {"crm-sales", "crm-marketing", "crm-finance"}) {
            mvc.perform(json(post("/api/v1/leads/" + ID + "/assign"), "{\"ownerId\":\"s1\"}")
                            .with(user("acme", "acme-user", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            mvc.perform(json(post("/api/v1/leads/assign"), "{\"leadIds\":[\"" + ID + "\"],\"ownerId\":\"s1\"}")
                            .with(user("acme", "acme-user", role)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/leads/" + ID + "/transfer"), "{\"ownerId\":\"s1\"}")
                            .with(user("acme", "acme-user", role)))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(pool);
    }

    @Test
    void onlySalespeopleClaimAndFinanceAndMarketingNeitherReleaseNorReadHistory() throws Exception {
        mvc.perform(post("/api/v1/leads/" + ID + "/claim").with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/leads/" + ID + "/claim").with(user("acme", "acme-marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/leads/" + ID + "/release").with(user("acme", "acme-marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/leads/" + ID + "/history").with(user("acme", "acme-finance", "crm-finance")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(pool);
    }

    @Test
    void refusesCallsWithoutTokenOrTenant() throws Exception {
        mvc.perform(post("/api/v1/leads/" + ID + "/claim"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(post("/api/v1/leads/" + ID + "/claim").with(user(null, "ghost", "crm-sales")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("TENANT_MISSING"));
        verifyNoInteractions(pool);
    }

    @Test
    void refusesInvalidBodies() throws Exception {
        mvc.perform(json(post("/api/v1/leads/" + ID + "/assign"), "{\"reason\":\"x\"}")
                        .with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("ownerId"));
        mvc.perform(json(post("/api/v1/leads/assign"), "{\"leadIds\":[],\"ownerId\":\"s1\"}")
                        .with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("leadIds"));
        mvc.perform(json(post("/api/v1/leads/assign"), "{\"leadIds\":[\"not-a-uuid\"],\"ownerId\":\"s1\"}")
                        .with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/api/v1/leads/not-a-uuid/claim").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(json(post("/api/v1/leads/" + ID + "/release"), "{\"reason\":\"" + "x".repeat(501) + "\"}")
                        .with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        verifyNoInteractions(pool);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static Lead poolLead() {
        return Lead.capture(
                new NewLead(
                        new ContactDetails("Zhang San", "Acme", null, "13800000000", null, null),
                        null,
                        LeadSource.TRADE_SHOW,
                        null),
                "acme",
                "m1",
                false,
                Instant.parse("2026-11-25T10:00:00Z"));
    }
}
