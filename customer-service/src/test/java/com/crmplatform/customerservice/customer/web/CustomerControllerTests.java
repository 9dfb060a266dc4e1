package com.crmplatform.customerservice.customer.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerDetails;
import com.crmplatform.customerservice.customer.domain.CustomerService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CustomerController.class)
class CustomerControllerTests {

    static final String ACME = "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme Retail\",\"phone\":\"13800000000\"}";
    static final String EDIT = "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme Retail\",\"version\":3}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CustomerService customers;

    @Test
    void createsACustomerAndAnswers201WithItsLocation() throws Exception {
        Customer customer = acme();
        given(customers.create(any(), any(), eq(false), any())).willReturn(customer);

        mvc.perform(post("/api/v1/customers")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ACME))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/customers/" + customer.id()))
                .andExpect(jsonPath("$.id").value(customer.id().toString()))
                .andExpect(jsonPath("$.kind").value("ORGANIZATION"))
                .andExpect(jsonPath("$.tags[0]").value("vip"))
                .andExpect(jsonPath("$.ownerId").value("s1"))
                .andExpect(jsonPath("$.dealStatus").value("NONE"))
                .andExpect(jsonPath("$.version").value(0));
    }

    private static Customer acme() {
        return Customer.create(
                new CustomerDetails(
                        CustomerKind.ORGANIZATION,
                        "Acme Retail",
                        null,
                        null,
                        null,
                        null,
                        "13800000000",
                        null,
                        null,
                        List.of("vip")),
                null,
                null,
                "acme",
                "s1",
                "s1",
                Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void passesAllowDuplicateThrough() throws Exception {
        given(customers.create(any(), any(), eq(true), any())).willReturn(acme());
        mvc.perform(post("/api/v1/customers?allowDuplicate=true")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ACME))
                .andExpect(status().isCreated());
        verify(customers).create(any(), any(), eq(true), any());
    }

    @Test
    void refusesInvalidFieldsNamingEachOne() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"ORGANIZATION","name":" ","phone":"call me","tags":["a,b"]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field =~ /tags.*/)]").exists());
        mvc.perform(post("/api/v1/customers")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Acme\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
        verifyNoInteractions(customers);
    }

    @Test
    void refusesUnknownEnumConstants() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ALIEN\",\"name\":\"Acme\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(get("/api/v1/customers?level=Z").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.field").value("level"));
    }

    @Test
    void refusesBadListParameters() throws Exception {
        mvc.perform(get("/api/v1/customers?scope=everything").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("scope"));
        mvc.perform(get("/api/v1/customers?noFollowUpForDays=0").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("noFollowUpForDays"));
        mvc.perform(get("/api/v1/customers?sort=phone,asc").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/customers?size=101").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/customers/not-a-uuid").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
        verifyNoInteractions(customers);
    }

    @Test
    void anUpdateNeedsTheVersion() throws Exception {
        mvc.perform(put("/api/v1/customers/" + UUID.randomUUID())
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ACME))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        verifyNoInteractions(customers);
    }

    @Test
    void marketingAndFinanceReadButMayNotWrite() throws Exception {
        UUID id = UUID.randomUUID();
        for (String role : List.of("crm-marketing", "crm-finance")) {
            mvc.perform(post("/api/v1/customers")
                            .with(user("acme", "acme-" + role, role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ACME))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            mvc.perform(put("/api/v1/customers/" + id)
                            .with(user("acme", "acme-" + role, role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(EDIT))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(customers);
        given(customers.list(any(), any(), any())).willReturn(PageResponse.of(List.of(), 0, 20, 0));
        mvc.perform(get("/api/v1/customers").with(user("acme", "acme-finance", "crm-finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void onlyAnAdminDeletesAndRestores() throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(delete("/api/v1/customers/" + id).with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/customers/" + id + "/restore").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(customers);
        mvc.perform(delete("/api/v1/customers/" + id).with(user("acme", "acme-admin", "crm-admin")))
                .andExpect(status().isNoContent());
        verify(customers).delete(eq(id), any());
    }

    @Test
    void refusesCallersWithoutTokenOrRole() throws Exception {
        mvc.perform(get("/api/v1/customers"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/customers").with(user("acme", "acme-nobody"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers").with(user(null, "acme-sales1", "crm-sales")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("TENANT_MISSING"));
        verifyNoInteractions(customers);
    }
}
