package com.crmplatform.customerservice.recycling.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.customerservice.recycling.domain.RecyclingRules;
import com.crmplatform.customerservice.recycling.domain.RecyclingRulesService;
import com.crmplatform.customerservice.recycling.domain.TenantRecyclingRules;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

@WebMvcTest(RecyclingRulesController.class)
class RecyclingRulesControllerTests {

    static final String PATH = "/api/v1/customers/recycling-rules";
    static final String VALID =
            "{\"enabled\":true,\"noFollowUpDays\":10,\"noDealDays\":60,\"warnDaysBefore\":2,\"exemptWithDeal\":false}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecyclingRulesService rules;

    @Test
    void onlyAnAdminReadsOrReplacesTheRules() throws Exception {
        for (String role : List.of("crm-sales", "crm-marketing", "crm-finance")) {
            mvc.perform(get(PATH).with(user("acme", "acme-x", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            mvc.perform(replace(role, VALID)).andExpect(status().isForbidden());
        }
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());
        verifyNoInteractions(rules);
    }

    @Test
    void refusesMissingOrOutOfRangeValuesNamingTheField() throws Exception {
        Map<String, String> badBodies = Map.of(
                "{\"noFollowUpDays\":10,\"noDealDays\":60,\"warnDaysBefore\":2,\"exemptWithDeal\":false}",
                "enabled",
                "{\"enabled\":true,\"noFollowUpDays\":0,\"noDealDays\":60,\"warnDaysBefore\":2,\"exemptWithDeal\":false}",
                "noFollowUpDays",
                "{\"enabled\":true,\"noFollowUpDays\":10,\"noDealDays\":3651,\"warnDaysBefore\":2,\"exemptWithDeal\":false}",
                "noDealDays",
                "{\"enabled\":true,\"noFollowUpDays\":10,\"noDealDays\":60,\"warnDaysBefore\":-1,\"exemptWithDeal\":false}",
                "warnDaysBefore",
                "{\"enabled\":true,\"noFollowUpDays\":10,\"noDealDays\":60,\"warnDaysBefore\":10,\"exemptWithDeal\":false}",
                "warnDaysBefore",
                "{\"enabled\":true,\"noFollowUpDays\":10,\"noDealDays\":60,\"warnDaysBefore\":2}",
                "exemptWithDeal",
                "{\"enabled\":true,\"noFollowUpDays\":\"ten\",\"noDealDays\":60,\"warnDaysBefore\":2,"
                        + "\"exemptWithDeal\":false}",
                "noFollowUpDays");
        for (Map.Entry<String, String> bad : badBodies.entrySet()) {
            mvc.perform(replace("crm-admin", bad.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(bad.getValue()));
        }
        verifyNoInteractions(rules);
    }

    @Test
    void anAdminReplacesTheRulesOfTheirTenant() throws Exception {
        RecyclingRules replaced = new RecyclingRules(true, 10, 60, 2, false);
        when(rules.replace(eq(replaced), any()))
                .thenReturn(
                        new TenantRecyclingRules(replaced, false, "admin-id", Instant.parse("2026-11-25T10:00:00Z")));

        mvc.perform(replace("crm-admin", VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noFollowUpDays").value(10))
                .andExpect(jsonPath("$.noDealDays").value(60))
                .andExpect(jsonPath("$.warnDaysBefore").value(2))
                .andExpect(jsonPath("$.exemptWithDeal").value(false))
                .andExpect(jsonPath("$.usingDefaults").value(false))
                .andExpect(jsonPath("$.updatedBy").value("admin-id"));
        verify(rules).replace(eq(replaced), any());
    }

    private static RequestBuilder replace(String role, String body) {
        return put(PATH)
                .with(user("acme", "acme-x", role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
