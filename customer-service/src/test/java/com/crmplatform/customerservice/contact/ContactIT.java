package com.crmplatform.customerservice.contact;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.customer.CustomerEvents;
import com.crmplatform.customerservice.CustomerServiceIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Contacts under a customer: one primary, data scope through the customer, search across the tenant. */
class ContactIT extends CustomerServiceIT {

    static final String CUSTOMER = "{\"kind\":\"ORGANIZATION\",\"name\":\"Acme Retail\"}";

    @Test
    void theFirstContactIsPrimaryAndANewPrimaryDemotesTheOld() throws Exception {
        String tenant = newTenant();
        UUID customer = createCustomer(tenant, "sales1", "crm-sales", CUSTOMER);
        UUID zhang = addContact(tenant, "sales1", customer, "{\"name\":\"Zhang San\",\"decisionRole\":\"USER\"}");
        UUID li = addContact(tenant, "sales1", customer, "{\"name\":\"Li Si\",\"email\":\"li@acme.example\"}");

        mvc.perform(get("/api/v1/customers/" + customer + "/contacts").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(zhang.toString()))
                .andExpect(jsonPath("$[0].primary").value(true))
                .andExpect(jsonPath("$[0].decisionRole").value("USER"))
                .andExpect(jsonPath("$[1].primary").value(false));

        UUID wang = addContact(
                tenant,
                "sales1",
                customer,
                "{\"name\":\"Wang Wu\",\"decisionRole\":\"DECISION_MAKER\",\"primary\":true}");
        mvc.perform(get("/api/v1/customers/" + customer).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.contacts.length()").value(3))
                .andExpect(jsonPath("$.contacts[0].id").value(wang.toString()))
                .andExpect(jsonPath("$.contacts[0].primary").value(true))
                .andExpect(jsonPath("$.contacts[1].primary").value(false))
                .andExpect(jsonPath("$.contacts[2].primary").value(false));

        mvc.perform(put("/api/v1/customers/" + customer + "/contacts/" + li)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Li Si\",\"title\":\"CFO\",\"primary\":true,\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.primary").value(true))
                .andExpect(jsonPath("$.title").value("CFO"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/customers/" + customer + "/contacts/" + wang)
                        .with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.primary").value(false));
        mvc.perform(put("/api/v1/customers/" + customer + "/contacts/" + li)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Li Si\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        events(customer, CustomerEvents.CONTACT_CREATED, 3);
        events(customer, CustomerEvents.CONTACT_UPDATED, 1);
    }

    @Test
    void thePrimaryContactGoesOnlyWhenAnotherIsNamed() throws Exception {
        String tenant = newTenant();
        UUID customer = createCustomer(tenant, "sales1", "crm-sales", CUSTOMER);
        UUID zhang = addContact(tenant, "sales1", customer, "{\"name\":\"Zhang San\"}");
        UUID li = addContact(tenant, "sales1", customer, "{\"name\":\"Li Si\"}");
        String path = "/api/v1/customers/" + customer + "/contacts/";

        mvc.perform(delete(path + zhang).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PRIMARY_CONTACT_REQUIRED"));
        mvc.perform(put(path + zhang)
                        .with(user(tenant, "sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Zhang San\",\"primary\":false,\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PRIMARY_CONTACT_REQUIRED"));
        mvc.perform(delete(path + zhang + "?newPrimaryContactId=" + li).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isNoContent());
        mvc.perform(get(path + li).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.primary").value(true));
        mvc.perform(delete(path + li).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("PRIMARY_CONTACT_REQUIRED"));
        events(customer, CustomerEvents.CONTACT_DELETED, 1);
    }

    @Test
    void contactsOfACustomerTheCallerCannotSeeAreNotFound() throws Exception {
        String tenant = newTenant();
        UUID customer = createCustomer(tenant, "sales1", "crm-sales", CUSTOMER);
        UUID contact = addContact(tenant, "sales1", customer, "{\"name\":\"Zhang San\"}");
        String path = "/api/v1/customers/" + customer + "/contacts";

        mvc.perform(get(path).with(user(tenant, "sales2", "crm-sales"))).andExpect(status().isNotFound());
        mvc.perform(get(path + "/" + contact).with(user(tenant, "sales2", "crm-sales")))
                .andExpect(status().isNotFound());
        mvc.perform(post(path)
                        .with(user(tenant, "sales2", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Intruder\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete(path + "/" + contact).with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        UUID otherCustomer = createCustomer(tenant, "sales1", "crm-sales", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Li\"}");
        mvc.perform(get("/api/v1/customers/" + otherCustomer + "/contacts/" + contact)
                        .with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("CONTACT_NOT_FOUND"));
        mvc.perform(get(path).with(user(tenant, "finance", "crm-finance"))).andExpect(status().isOk());
    }

    @Test
    void searchesTheContactsOfVisibleCustomersOnly() throws Exception {
        String tenant = newTenant();
        UUID own = createCustomer(tenant, "sales1", "crm-sales", CUSTOMER);
        UUID others = createCustomer(tenant, "sales2", "crm-sales", "{\"kind\":\"ORGANIZATION\",\"name\":\"Globex\"}");
        addContact(tenant, "sales1", own, "{\"name\":\"Zhang San\",\"phone\":\"13800000001\"}");
        addContact(tenant, "sales2", others, "{\"name\":\"Zhang Wei\"}");
        addContact(tenant, "sales2", others, "{\"name\":\"Li Si\"}");

        mvc.perform(get("/api/v1/contacts?keyword=zhang").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Zhang San"))
                .andExpect(jsonPath("$.items[0].customerId").value(own.toString()));
        mvc.perform(get("/api/v1/contacts?keyword=ZHANG").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/contacts?keyword=13800000001").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/contacts").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/contacts?keyword=zhang").with(user(newTenant(), "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(delete("/api/v1/customers/" + others).with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/contacts").with(user(tenant, "admin", "crm-admin")))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    private UUID addContact(String tenant, String username, UUID customerId, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/customers/" + customerId + "/contacts")
                        .with(user(tenant, username, "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(body(result).get("id").asString());
    }
}
