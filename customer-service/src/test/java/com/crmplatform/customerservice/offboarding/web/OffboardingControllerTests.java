package com.crmplatform.customerservice.offboarding.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.customerservice.offboarding.domain.OffboardingService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(OffboardingController.class)
class OffboardingControllerTests {

    static final String PATH = "/api/v1/users/u1/offboard";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OffboardingService offboarding;

    @Test
    void onlyAnAdminOffboards() throws Exception {
        for (String role : List.of("crm-sales", "crm-marketing", "crm-finance")) {
            mvc.perform(post(PATH)
                            .with(user("acme", "acme-x", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"toPool\":true,\"reason\":\"left\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content("{\"toPool\":true,\"reason\":\"left\"}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(offboarding);
    }

    @Test
    void needsExactlyOneTargetAndAReason() throws Exception {
        for (String body : List.of(
                "{\"reason\":\"left\"}",
                "{\"toOwnerId\":\"s2\",\"toPool\":true,\"reason\":\"left\"}",
                "{\"toPool\":false,\"reason\":\"left\"}")) {
            mvc.perform(post(PATH)
                            .with(user("acme", "acme-admin", "crm-admin"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("oneTarget"));
        }
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toPool\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        verifyNoInteractions(offboarding);
    }
}
