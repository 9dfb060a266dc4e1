package com.crmplatform.customerservice.user.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.directory.DirectoryUser;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.ServiceUnavailableException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(UserController.class)
class UserControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserDirectory directory;

    @Test
    void listsTheSalespeopleOfTheCallersTenantOnly() throws Exception {
        given(directory.salespeople("acme"))
                .willReturn(List.of(
                        new DirectoryUser("2", "acme-sales2", "Li Si", "acme", true, Set.of("crm-sales")),
                        new DirectoryUser("1", "acme-sales1", "Wang Wu", "acme", true, Set.of("crm-sales"))));

        mvc.perform(get("/api/v1/users/salespeople").with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].username").value("acme-sales1"))
                .andExpect(jsonPath("$[0].displayName").value("Wang Wu"));
    }

    @Test
    void refusesFinanceAndMarketing() throws Exception {
        mvc.perform(get("/api/v1/users/salespeople").with(user("acme", "acme-finance", "crm-finance")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/salespeople").with(user("acme", "acme-marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(directory);
    }

    @Test
    void answers503WhenTheDirectoryIsDown() throws Exception {
        given(directory.salespeople("acme"))
                .willThrow(new ServiceUnavailableException("The user directory (Keycloak)", new RuntimeException()));

        mvc.perform(get("/api/v1/users/salespeople").with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(ErrorCode.SERVICE_UNAVAILABLE.name()));
    }
}
