package com.crmplatform.campaignservice.form;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignServiceIT;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A campaign's form: versions, earlier versions readable, every refusal of a broken form, no edits once closed. */
class CampaignFormIT extends CampaignServiceIT {

    @Test
    void everyChangeIsANewVersionAndEarlierVersionsStayReadable() throws Exception {
        String tenant = newTenant();
        UUID id = create(tenant, campaign("Forms"));
        mvc.perform(get("/api/v1/campaigns/{id}/form", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("FORM_NOT_FOUND"));

        saveForm(tenant, id, FORM)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaignId").value(id.toString()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.fields.length()").value(4))
                .andExpect(jsonPath("$.fields[0].key").value("name"))
                .andExpect(jsonPath("$.fields[0].label").value("姓名"))
                .andExpect(jsonPath("$.fields[0].type").value("TEXT"))
                .andExpect(jsonPath("$.fields[0].required").value(true))
                .andExpect(jsonPath("$.fields[0].options.length()").value(0))
                .andExpect(jsonPath("$.fields[2].required").value(false))
                .andExpect(jsonPath("$.fields[3].label").value("Company size"))
                .andExpect(jsonPath("$.fields[3].options[2]").value("500+"));
        saveForm(tenant, id, FORM)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.formVersion").value(1))
                .andExpect(jsonPath("$.version").value(1)); // the unchanged form was no change

        saveForm(tenant, id, """
                        {"fields":[{"key":"email","label":"Work email","required":true},
                                   {"key":"consent","label":"You may contact me","type":"CONSENT","required":true}]}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/campaigns/{id}/form", id).with(user(tenant, "finance", "crm-finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.fields[0].label").value("Work email"))
                .andExpect(jsonPath("$.fields[1].type").value("CONSENT"));
        mvc.perform(get("/api/v1/campaigns/{id}/form?version=1", id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.fields[1].key").value("phone"));
        mvc.perform(get("/api/v1/campaigns/{id}/form?version=3", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("FORM_NOT_FOUND"));
        mvc.perform(get("/api/v1/campaigns/{id}/form?version=0", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(get("/api/v1/campaigns/{id}/form?version=two", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.formVersion").value(2));
    }

    @Test
    void aPublishedCampaignsFormStillChangesAClosedOrCancelledOnesDoesNot() throws Exception {
        String tenant = newTenant();
        UUID live = published(tenant, "Live form");
        saveForm(tenant, live, "{\"fields\":[{\"key\":\"phone\",\"required\":true}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));

        action(tenant, live, "close").andExpect(status().isOk());
        saveForm(tenant, live, FORM)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_EDITABLE"))
                .andExpect(jsonPath("$.status").value("CLOSED"));

        UUID cancelled = create(tenant, campaign("Cancelled form"));
        action(tenant, cancelled, "cancel").andExpect(status().isOk());
        saveForm(tenant, cancelled, FORM)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_EDITABLE"));
    }

    @Test
    void refusesEveryBrokenFormNamingTheFieldAndRule() throws Exception {
        String tenant = newTenant();
        UUID id = create(tenant, campaign("Broken forms"));
        String phone = "{\"key\":\"phone\"},";
        String manyFields = IntStream.range(0, 50)
                .mapToObj(i -> "{\"key\":\"f" + i + "\",\"label\":\"F\",\"type\":\"TEXT\"}")
                .collect(Collectors.joining(","));
        String manyOptions =
                IntStream.range(0, 51).mapToObj(i -> "\"o" + i + "\"").collect(Collectors.joining(","));

        refused(tenant, id, "[]", "fields", "PhoneOrEmailRequired");
        refused(tenant, id, "[{\"key\":\"name\"},{\"key\":\"company\"}]", "fields", "PhoneOrEmailRequired");
        refused(tenant, id, "[" + phone + manyFields + "]", "fields", "TooManyFields");
        refused(tenant, id, "[{\"key\":\"Phone\"}]", "fields[0].key", "KeyPattern");
        refused(
                tenant,
                id,
                "[{\"key\":\"a" + "b".repeat(40) + "\",\"label\":\"L\",\"type\":\"TEXT\"}]",
                "fields[0].key",
                "KeyPattern");
        refused(
                tenant,
                id,
                "[{\"key\":\"my-field\",\"label\":\"L\",\"type\":\"TEXT\"}]",
                "fields[0].key",
                "KeyPattern");
        refused(tenant, id, "[{\"label\":\"No key\"}]", "fields[0].key", "NotBlank");
        refused(tenant, id, "[" + phone + "{\"key\":\"phone\"}]", "fields[1].key", "DuplicateKey");
        refused(tenant, id, "[{\"key\":\"phone\",\"type\":\"NUMBER\"}]", "fields[0].type", "CatalogueFieldType");
        refused(tenant, id, "[" + phone + "{\"key\":\"age\",\"label\":\"Age\"}]", "fields[1].type", "NotNull");
        refused(
                tenant,
                id,
                "[" + phone + "{\"key\":\"age\",\"label\":\" \",\"type\":\"NUMBER\"}]",
                "fields[1].label",
                "NotBlank");
        refused(
                tenant,
                id,
                "[" + phone + "{\"key\":\"age\",\"label\":\"" + "x".repeat(101) + "\",\"type\":\"NUMBER\"}]",
                "fields[1].label",
                "Size");
        refused(
                tenant,
                id,
                "[" + phone + "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"SINGLE_CHOICE\"}]",
                "fields[1].options",
                "OptionsRequired");
        refused(tenant, id, "[{\"key\":\"phone\",\"options\":[\"a\"]}]", "fields[0].options", "OptionsNotAllowed");
        refused(
                tenant,
                id,
                "[" + phone + "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"MULTI_CHOICE\",\"options\":["
                        + manyOptions + "]}]",
                "fields[1].options",
                "TooManyOptions");
        refused(
                tenant,
                id,
                "[" + phone
                        + "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"SINGLE_CHOICE\",\"options\":[\"a\",\" \"]}]",
                "fields[1].options[1]",
                "BlankOption");
        refused(
                tenant,
                id,
                "[" + phone
                        + "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"SINGLE_CHOICE\",\"options\":[\"a\",null]}]",
                "fields[1].options[1]",
                "BlankOption");
        refused(
                tenant,
                id,
                "[" + phone
                        + "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"SINGLE_CHOICE\",\"options\":[\"a\",\" a\"]}]",
                "fields[1].options[1]",
                "DuplicateOption");
        refused(
                tenant,
                id,
                "[" + phone + "{\"key\":\"size\",\"label\":\"Size\",\"type\":\"SINGLE_CHOICE\",\"options\":[\""
                        + "o".repeat(101) + "\"]}]",
                "fields[1].options[0]",
                "Size");
        refused(tenant, id, "[" + phone + "null]", "fields[1]", "NotNull");

        saveForm(tenant, id, "{\"fields\":[" + phone + "{\"key\":\"x\",\"label\":\"X\",\"type\":\"COLOR\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("fields[1].type"));
        saveForm(tenant, id, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("fields"));
        for (String odd : new String[] {
            "{\"fields\":{\"key\":\"phone\"}}",
            "{\"fields\":[{\"key\":123}]}",
            "{\"fields\":[{\"key\":\"phone\",\"required\":\"maybe\"}]}",
            "{\"fields\":[{\"key\":\"phone\",\"options\":\"a\"}]}",
            "{\"fields\":[{\"key\":\"phone\",\"label\":\"a\\u0000b\"}]}",
            "{\"fields\":[\"phone\"]}",
            "fields"
        }) {
            saveForm(tenant, id, odd).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.formVersion").doesNotExist());
    }

    private void refused(String tenant, UUID id, String fields, String field, String code) throws Exception {
        saveForm(tenant, id, "{\"fields\":" + fields + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
    }
}
