package com.crmplatform.leadservice.conversion.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.leadservice.conversion.domain.Conversion;
import com.crmplatform.leadservice.conversion.domain.ConversionRequest;
import com.crmplatform.leadservice.conversion.domain.ConversionService;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import com.crmplatform.platform.error.ServiceUnavailableException;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ConversionController.class)
class ConversionControllerTests {

    static final UUID LEAD = UUID.fromString("9b7c2a51-6f0e-4c55-9d43-1a2b3c4d5e6f");
    static final UUID CUSTOMER = UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    static final UUID CONTACT = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final String PATH = "/api/v1/leads/" + LEAD + "/convert";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConversionService conversions;

    @Test
    void convertsWithoutABodyAndAnswersTheCustomer() throws Exception {
        given(conversions.convert(eq(LEAD), any(), any()))
                .willReturn(new Conversion(LEAD, CUSTOMER, CONTACT, LeadStatus.CONVERTED));

        mvc.perform(post(PATH).with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadId").value(LEAD.toString()))
                .andExpect(jsonPath("$.customerId").value(CUSTOMER.toString()))
                .andExpect(jsonPath("$.contactId").value(CONTACT.toString()))
                .andExpect(jsonPath("$.status").value("CONVERTED"));
        verify(conversions).convert(eq(LEAD), eq(ConversionRequest.DEFAULTS), any());
    }

    @Test
    void passesTheUsersChoicesOn() throws Exception {
        given(conversions.convert(eq(LEAD), any(), any()))
                .willReturn(new Conversion(LEAD, CUSTOMER, CONTACT, LeadStatus.CONVERTED));

        mvc.perform(post(PATH)
                        .with(user("acme", "acme-admin", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerName":"Acme","kind":"INDIVIDUAL","opportunityName":"Rollout",
                                 "opportunityAmount":100.5}
                                """))
                .andExpect(status().isOk());
        ArgumentCaptor<ConversionRequest> choices = ArgumentCaptor.forClass(ConversionRequest.class);
        verify(conversions).convert(eq(LEAD), choices.capture(), any());
        assertThat(choices.getValue())
                .isEqualTo(new ConversionRequest("Acme", CustomerKind.INDIVIDUAL, "Rollout", new BigDecimal("100.5")));
    }

    @Test
    void refusesCallsWithoutTokenAndRolesOtherThanAdminAndSales() throws Exception {
        mvc.perform(post(PATH)).andExpect(status().isUnauthorized());
        mvc.perform(post(PATH).with(user("acme", "acme-finance", "crm-finance")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(post(PATH).with(user("acme", "acme-marketing", "crm-marketing")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(conversions);
    }

    @Test
    void refusesABadIdANegativeAmountAnUnknownKindAndBlankNames() throws Exception {
        mvc.perform(post("/api/v1/leads/not-a-uuid/convert").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"opportunityAmount\":-0.01}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("opportunityAmount"));
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"COMPANY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerName\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("customerName"));
        verifyNoInteractions(conversions);
    }

    @Test
    void customerServiceUnavailableIs503() throws Exception {
        given(conversions.convert(eq(LEAD), any(), any()))
                .willThrow(new ServiceUnavailableException("customer-service", new RuntimeException("down")));

        mvc.perform(post(PATH).with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
    }
}
