package com.crmplatform.customerservice.conversion.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerFromLeadResponse;
import com.crmplatform.customerservice.conversion.domain.ConversionService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ConversionController.class)
class ConversionControllerTests {

    static final String BODY = "{\"leadId\":\"" + UUID.randomUUID()
            + "\",\"name\":\"Acme\",\"kind\":\"ORGANIZATION\",\"ownerId\":\"s1\",\"contact\":{\"name\":\"Zhang San\"}}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConversionService conversions;

    @Test
    void answers201TheFirstTimeAnd200OnARetry() throws Exception {
        UUID customerId = UUID.randomUUID();
        UUID contactId = UUID.randomUUID();
        given(conversions.convert(any(), any()))
                .willReturn(new CustomerFromLeadResponse(customerId, contactId, true))
                .willReturn(new CustomerFromLeadResponse(customerId, contactId, false));

        mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/customers/" + customerId))
                .andExpect(jsonPath("$.created").value(true));
        mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value(customerId.toString()))
                .andExpect(jsonPath("$.contactId").value(contactId.toString()))
                .andExpect(jsonPath("$.created").value(false));
    }

    @Test
    void refusesMarketingFinanceAndCallsWithoutToken() throws Exception {
        for (String role : List.of("crm-marketing", "crm-finance")) {
            mvc.perform(post("/api/v1/customers/from-lead")
                            .with(user("acme", "acme-x", role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(BODY))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        }
        mvc.perform(post("/api/v1/customers/from-lead")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(conversions);
    }

    @Test
    void refusesAnUnknownKind() throws Exception {
        mvc.perform(post("/api/v1/customers/from-lead")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("ORGANIZATION", "ALIEN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("kind"));
        verifyNoInteractions(conversions);
    }
}
