package com.crmplatform.customerservice.contact.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.customerservice.contact.domain.ContactService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ContactController.class)
class ContactControllerTests {

    static final String PATH = "/api/v1/customers/" + UUID.randomUUID() + "/contacts";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ContactService contacts;

    @Test
    void refusesInvalidFieldsNamingEachOne() throws Exception {
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"phone\":\"call me\",\"email\":\"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang\",\"decisionRole\":\"BOSS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("decisionRole"));
        mvc.perform(put(PATH + "/" + UUID.randomUUID())
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        verifyNoInteractions(contacts);
    }

    @Test
    void marketingAndFinanceMayNotChangeContacts() throws Exception {
        for (String role : List.of("crm-marketing", "crm-finance")) {
            mvc.perform(post(PATH)
                            .with(user("acme", "acme-x", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Zhang\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(PATH + "/" + UUID.randomUUID()).with(user("acme", "acme-x", role)))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(contacts);
    }

    @Test
    void refusesCallsWithoutTokenOrRole() throws Exception {
        mvc.perform(get("/api/v1/contacts")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/contacts").with(user("acme", "acme-nobody"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/contacts?sort=phone,asc").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(contacts);
    }
}
