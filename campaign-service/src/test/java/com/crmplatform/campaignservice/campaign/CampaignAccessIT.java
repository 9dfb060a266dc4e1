package com.crmplatform.campaignservice.campaign;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignServiceIT;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may do what: no token 401, sales and finance read but never change (403), another tenant sees nothing (404). */
class CampaignAccessIT extends CampaignServiceIT {

    @Test
    void refusesEveryCallWithoutAToken() throws Exception {
        UUID id = UUID.randomUUID();
        for (MockHttpServletRequestBuilder request : List.of(
                get("/api/v1/campaigns"),
                get("/api/v1/campaigns/{id}", id),
                post("/api/v1/campaigns")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(campaign("x")),
                get("/api/v1/campaigns/{id}/form", id),
                get("/api/v1/campaigns/{id}/link", id),
                get("/api/v1/campaigns/{id}/qr.png", id),
                get("/api/v1/campaigns/types"))) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        }
    }

    @Test
    void salesAndFinanceReadCampaignsButCannotChangeThem() throws Exception {
        String tenant = newTenant();
        UUID id = published(tenant, "Read only");
        for (String role : List.of("crm-sales", "crm-finance")) {
            for (String path : List.of("", "/form", "/form?version=1", "/link", "/qr.png", "/qr.svg")) {
                mvc.perform(get("/api/v1/campaigns/" + id + path).with(user(tenant, "reader", role)))
                        .andExpect(status().isOk());
            }
            mvc.perform(get("/api/v1/campaigns").with(user(tenant, "reader", role)))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/campaigns/types").with(user(tenant, "reader", role)))
                    .andExpect(status().isOk());
            for (MockHttpServletRequestBuilder write : List.of(
                    post("/api/v1/campaigns")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(campaign("x")),
                    put("/api/v1/campaigns/{id}", id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(campaign("x").replace("}", ",\"version\":2}")),
                    delete("/api/v1/campaigns/{id}", id),
                    post("/api/v1/campaigns/{id}/publish", id),
                    post("/api/v1/campaigns/{id}/close", id),
                    post("/api/v1/campaigns/{id}/cancel", id),
                    put("/api/v1/campaigns/{id}/form", id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(FORM),
                    post("/api/v1/campaigns/{id}/link", id),
                    post("/api/v1/campaigns/types")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\":\"ROADSHOW\",\"label\":\"Road show\"}"),
                    put("/api/v1/campaigns/types/ROADSHOW")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"label\":\"Road show\"}"))) {
                mvc.perform(write.with(user(tenant, "reader", role)))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
            }
        }
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void anotherTenantNeverSeesTheCampaign() throws Exception {
        String tenant = newTenant();
        UUID id = published(tenant, "Private");
        String other = newTenant();
        for (MockHttpServletRequestBuilder request : List.of(
                get("/api/v1/campaigns/{id}", id),
                put("/api/v1/campaigns/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(campaign("x").replace("}", ",\"version\":2}")),
                delete("/api/v1/campaigns/{id}", id),
                post("/api/v1/campaigns/{id}/publish", id),
                post("/api/v1/campaigns/{id}/close", id),
                post("/api/v1/campaigns/{id}/cancel", id),
                get("/api/v1/campaigns/{id}/form", id),
                put("/api/v1/campaigns/{id}/form", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FORM),
                get("/api/v1/campaigns/{id}/link", id),
                post("/api/v1/campaigns/{id}/link", id),
                get("/api/v1/campaigns/{id}/qr.png", id),
                get("/api/v1/campaigns/{id}/qr.svg", id))) {
            mvc.perform(request.with(user(other, "admin", ADMIN)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_FOUND"));
        }
        mvc.perform(get("/api/v1/campaigns").with(user(other, "admin", ADMIN)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
    }
}
