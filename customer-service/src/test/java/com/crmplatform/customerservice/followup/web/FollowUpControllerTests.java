package com.crmplatform.customerservice.followup.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.customerservice.followup.domain.FollowUpService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FollowUpController.class)
class FollowUpControllerTests {

    static final String PATH = "/api/v1/customers/" + UUID.randomUUID() + "/follow-ups";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FollowUpService followUps;

    @Test
    void refusesInvalidFields() throws Exception {
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'content')]").exists());
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"PIGEON\",\"content\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("type"));
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CALL\",\"content\":\"x\",\"occurredAt\":\"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("occurredAt"));
        verifyNoInteractions(followUps);
    }

    @Test
    void marketingAndFinanceMayNotRecordAndNobodyWithoutToken() throws Exception {
        for (String role : List.of("crm-marketing", "crm-finance")) {
            mvc.perform(post(PATH)
                            .with(user("acme", "acme-x", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"type\":\"CALL\",\"content\":\"x\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());
        verifyNoInteractions(followUps);
    }
}
