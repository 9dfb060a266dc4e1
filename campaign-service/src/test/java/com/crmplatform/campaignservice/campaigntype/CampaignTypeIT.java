package com.crmplatform.campaignservice.campaigntype;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignServiceIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The tenant's campaign types: built-ins plus its own, which campaigns may use while they are active. */
class CampaignTypeIT extends CampaignServiceIT {

    @Test
    void aTenantAddsRenamesAndDeactivatesItsOwnTypes() throws Exception {
        String tenant = newTenant();
        mvc.perform(get("/api/v1/campaigns/types").with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(jsonPath("$[0].code").value("CONFERENCE"))
                .andExpect(jsonPath("$[0].builtIn").value(true))
                .andExpect(jsonPath("$[0].active").value(true))
                .andExpect(jsonPath("$[6].code").value("OTHER"));

        write(post("/api/v1/campaigns/types"), tenant, "{\"code\":\"ROADSHOW\",\"label\":\" Road show \"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/campaigns/types/ROADSHOW"))
                .andExpect(jsonPath("$.label").value("Road show"))
                .andExpect(jsonPath("$.builtIn").value(false))
                .andExpect(jsonPath("$.active").value(true));
        UUID roadshow = create(tenant, campaign("Road show").replace("WEBINAR", "ROADSHOW"));
        create(newTenant(), campaign("Elsewhere")); // another tenant ...
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(newTenant(), "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(campaign("Elsewhere").replace("WEBINAR", "ROADSHOW")))
                .andExpect(status().isBadRequest()) // ... does not have it
                .andExpect(jsonPath("$.field").value("type"));

        write(put("/api/v1/campaigns/types/ROADSHOW"), tenant, "{\"label\":\"Roadshow\",\"active\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/campaigns/types").with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[7].code").value("ROADSHOW"))
                .andExpect(jsonPath("$[7].label").value("Roadshow"))
                .andExpect(jsonPath("$[7].active").value(false));
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(campaign("New road show").replace("WEBINAR", "ROADSHOW")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"))
                .andExpect(jsonPath("$.errors[0].code").value("ActiveType"));
        // a campaign keeps the type it has after the type was deactivated
        write(
                        put("/api/v1/campaigns/{id}", roadshow),
                        tenant,
                        campaign("Road show, edited")
                                .replace("WEBINAR", "ROADSHOW")
                                .replace("}", ",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("ROADSHOW"));
    }

    @Test
    void refusesBadAndDuplicateCodesAndBuiltInChanges() throws Exception {
        String tenant = newTenant();
        write(post("/api/v1/campaigns/types"), tenant, "{\"code\":\"SUMMIT\",\"label\":\"Summit\"}")
                .andExpect(status().isCreated());
        write(post("/api/v1/campaigns/types"), tenant, "{\"code\":\"SUMMIT\",\"label\":\"Summit again\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_TYPE_EXISTS"));
        write(post("/api/v1/campaigns/types"), tenant, "{\"code\":\"WEBINAR\",\"label\":\"Mine\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
        write(post("/api/v1/campaigns/types"), tenant, "{\"code\":\"road show\",\"label\":\"Mine\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
        write(post("/api/v1/campaigns/types"), tenant, "{\"code\":\"FAIR\",\"label\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("label"));
        write(put("/api/v1/campaigns/types/WEBINAR"), tenant, "{\"label\":\"Online seminar\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_TYPE_BUILT_IN"));
        write(put("/api/v1/campaigns/types/NOPE"), tenant, "{\"label\":\"Nope\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_TYPE_NOT_FOUND"));
        write(put("/api/v1/campaigns/types/SUMMIT"), newTenant(), "{\"label\":\"Not yours\"}")
                .andExpect(status().isNotFound());
    }

    private ResultActions write(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String tenant,
            String body)
            throws Exception {
        return mvc.perform(request.with(user(tenant, "admin", ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
