package com.crmplatform.customerservice.pool.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.customerservice.pool.domain.PoolService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PoolController.class)
class PoolControllerTests {

    static final String CUSTOMER = "/api/v1/customers/" + UUID.randomUUID();
    static final String ASSIGN = "{\"ownerId\":\"s1\",\"reason\":\"key account\"}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PoolService pool;

    @Test
    void onlyAnAdminAssignsAndTransfers() throws Exception {
        for (String role : List.of("crm-sales", "crm-marketing", "crm-finance")) {
            mvc.perform(post(CUSTOMER + "/assign")
                            .with(user("acme", "acme-x", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ASSIGN))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            mvc.perform(post("/api/v1/customers/transfer")
                            .with(user("acme", "acme-x", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"customerIds\":[\"" + UUID.randomUUID()
                                    + "\"],\"ownerId\":\"s1\",\"reason\":\"r\"}"))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(pool);
    }

    @Test
    void onlySalespeopleClaimAndOnlyOwnersOrAdminsRelease() throws Exception {
        for (String role : List.of("crm-admin", "crm-marketing", "crm-finance")) {
            mvc.perform(post(CUSTOMER + "/claim").with(user("acme", "acme-x", role)))
                    .andExpect(status().isForbidden());
        }
        for (String role : List.of("crm-marketing", "crm-finance")) {
            mvc.perform(post(CUSTOMER + "/release").with(user("acme", "acme-x", role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(CUSTOMER + "/claim")).andExpect(status().isUnauthorized());
        verifyNoInteractions(pool);
    }

    @Test
    void anAssignmentNeedsAnOwnerAndAReason() throws Exception {
        mvc.perform(post(CUSTOMER + "/assign")
                        .with(user("acme", "acme-admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerId\":\"s1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(post("/api/v1/customers/transfer")
                        .with(user("acme", "acme-admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerIds\":[],\"ownerId\":\"s1\",\"reason\":\"r\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("customerIds"));
        verifyNoInteractions(pool);
    }
}
