package com.crmplatform.campaignservice.campaign;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignServiceIT;
import com.crmplatform.campaignservice.campaign.domain.CampaignAutoCloser;
import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.platform.test.KafkaEvents;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Campaigns: create, read, list, edit with optimistic locking, delete, status moves, the auto-close job, events. */
class CampaignIT extends CampaignServiceIT {

    @Autowired
    CampaignAutoCloser autoCloser;

    @Test
    void createsADraftWithExactMoneyAndTheCallerAsOwner() throws Exception {
        String tenant = newTenant();
        String body =
                campaign("Spring summit").replace("\"budget\":100000.00", "\"budget\":100000.10,\"currency\":\"usd\"");
        ResultActions created = mvc.perform(post("/api/v1/campaigns")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.type").value("WEBINAR"))
                .andExpect(jsonPath("$.mode").value("ONLINE"))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.ownerId").value(idOf(tenant, "marketing")))
                .andExpect(jsonPath("$.targetObject").value("LEAD"))
                .andExpect(jsonPath("$.autoSync").value(false))
                .andExpect(jsonPath("$.formVersion").doesNotExist())
                .andExpect(jsonPath("$.actualCost").doesNotExist())
                .andExpect(jsonPath("$.version").value(0));
        String json = created.andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"budget\":100000.10").contains("\"expectedRevenue\":5000000.00");

        UUID id = UUID.fromString(body(created).get("id").asString());
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("Spring summit"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"budget\":100000.10")));
    }

    @Test
    void refusesBadInputWithTheOffendingField() throws Exception {
        String tenant = newTenant();
        String ok = campaign("Bad input");
        Instant start = Instant.now();
        expectRefused(
                tenant,
                ok.replaceFirst("\"endAt\":\"[^\"]+\"", "\"endAt\":\"" + start.minusSeconds(7200) + "\""),
                "endAt");
        expectRefused(tenant, ok.replace("\"budget\":100000.00", "\"budget\":-1"), "budget");
        expectRefused(tenant, ok.replace("\"budget\":100000.00", "\"budget\":1.005"), "budget");
        expectRefused(tenant, ok.replace("\"budget\":100000.00", "\"budget\":1e400"), "budget");
        expectRefused(tenant, ok.replace("\"budget\":100000.00,", ""), "budget");
        expectRefused(tenant, ok.replace("\"budget\":100000.00", "\"budget\":1,\"currency\":\"XXY\""), "currency");
        expectRefused(tenant, ok.replace("\"budget\":100000.00", "\"budget\":1,\"actualCost\":-0.01"), "actualCost");
        expectRefused(tenant, ok.replace("\"expectedLeads\":100", "\"expectedLeads\":-5"), "expectedLeads");
        expectRefused(tenant, ok.replace("\"WEBINAR\"", "\"PARTY\""), "type");
        expectRefused(tenant, ok.replace("\"name\":\"Bad input\"", "\"name\":\" \""), "name");
        expectRefused(
                tenant, ok.replace("\"budget\":100000.00", "\"budget\":1,\"ownerId\":\"someone-else\""), "ownerId");
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ok.replace("\"ONLINE\"", "\"HYBRID\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("mode"));
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ok.replace("\"name\":\"Bad input\"", "\"name\":12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"));
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ok.replaceFirst("\"startAt\":\"[^\"]+\"", "\"startAt\":\"yesterday\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("startAt"));
        mvc.perform(get("/api/v1/campaigns/not-a-uuid").with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.field").value("id"));
        mvc.perform(get("/api/v1/campaigns?status=OPEN").with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(get("/api/v1/campaigns?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/campaigns?sort=secret,asc").with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
    }

    @Test
    void acceptsAnotherAdminOrMarketingUserOfTheTenantAsOwnerOnly() throws Exception {
        String tenant = newTenant();
        String colleague = directory.register(tenant, "marketing2", MARKETING);
        String salesperson = directory.register(tenant, "sales1", "crm-sales");
        String stranger = directory.register(newTenant(), "marketing3", MARKETING);
        String leaver = directory.registerDisabled(tenant, "marketing4", MARKETING);
        String withOwner = "\"budget\":1,\"ownerId\":\"%s\"";

        UUID id = create(tenant, campaign("Owned").replace("\"budget\":100000.00", withOwner.formatted(colleague)));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.ownerId").value(colleague));
        for (String refused : List.of(salesperson, stranger, leaver)) {
            expectRefused(
                    tenant, campaign("Owned").replace("\"budget\":100000.00", withOwner.formatted(refused)), "ownerId");
        }
    }

    @Test
    void listsWithFiltersSortingAndPaging() throws Exception {
        String tenant = newTenant();
        Instant jan = Instant.parse("2030-01-10T00:00:00Z");
        Instant mar = Instant.parse("2030-03-10T00:00:00Z");
        UUID a = create(tenant, campaign("Alpha expo", "OFFLINE", jan, 5).replace("WEBINAR", "EXHIBITION"));
        UUID b = create(tenant, campaign("Beta webinar", "ONLINE", mar, 5));
        UUID c = create(
                tenant,
                campaign("Gamma webinar", "ONLINE", mar.plus(1, ChronoUnit.DAYS), 5)
                        .replace("\"LEAD\"", "\"CUSTOMER\""));
        action(tenant, c, "cancel").andExpect(status().isOk());
        create(newTenant(), campaign("Alpha expo of another tenant", "OFFLINE", jan, 5));

        expectIds(tenant, "", c, b, a); // default: startAt descending
        expectIds(tenant, "status=CANCELLED", c);
        expectIds(tenant, "mode=OFFLINE", a);
        expectIds(tenant, "type=EXHIBITION", a);
        expectIds(tenant, "targetObject=CUSTOMER", c);
        expectIds(tenant, "ownerId=" + idOf(tenant, "marketing") + "&sort=name,asc", a, b, c);
        expectIds(tenant, "ownerId=nobody");
        expectIds(tenant, "keyword=WEBINAR&sort=name,desc", c, b);
        expectIds(tenant, "from=2030-01-14T00:00:00Z&to=2030-03-01T00:00:00Z", a); // overlaps the end of Alpha only
        expectIds(tenant, "from=2030-01-15T00:00:00Z&to=2030-03-10T00:00:00Z"); // Beta starts at the range's end
        expectIds(tenant, "from=2030-03-12T00:00:00Z", c, b);

        mvc.perform(get("/api/v1/campaigns?size=2&page=1&sort=startAt,asc")
                        .with(user(tenant, "finance", "crm-finance")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(c.toString()))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void editsWithOptimisticLocking() throws Exception {
        String tenant = newTenant();
        UUID id = create(tenant, campaign("Locked"));
        String edit = campaign("Locked, renamed").replace("\"budget\":100000.00", "\"budget\":2.5,\"actualCost\":1.25");

        update(tenant, id, edit.replace("}", ",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Locked, renamed"))
                .andExpect(jsonPath("$.version").value(1));
        update(tenant, id, edit.replace("}", ",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        update(tenant, id, edit)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(get("/api/v1/campaigns").param("keyword", "a\u0000b").with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("keyword"));
        mvc.perform(put("/api/v1/campaigns/{id}", id)
                        .with(user(tenant, "marketing", MARKETING))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        String json = mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"budget\":2.50").contains("\"actualCost\":1.25");
    }

    @Test
    void movesThroughItsStatusesAndRefusesEveryIllegalMove() throws Exception {
        String tenant = newTenant();
        UUID id = create(tenant, campaign("Moves"));
        action(tenant, id, "publish")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("FORM_REQUIRED"));
        expectIllegal(tenant, id, "close", "DRAFT");
        saveForm(tenant, id, FORM).andExpect(status().isOk());
        action(tenant, id, "publish")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedAt").exists());
        expectIllegal(tenant, id, "publish", "PUBLISHED");
        action(tenant, id, "close")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedAt").exists());
        expectIllegal(tenant, id, "publish", "CLOSED");
        expectIllegal(tenant, id, "close", "CLOSED");
        expectIllegal(tenant, id, "cancel", "CLOSED");

        UUID draft = create(tenant, campaign("Cancelled draft"));
        action(tenant, draft, "cancel")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        expectIllegal(tenant, draft, "publish", "CANCELLED");
        expectIllegal(tenant, draft, "close", "CANCELLED");
        expectIllegal(tenant, draft, "cancel", "CANCELLED");

        UUID live = published(tenant, "Cancelled live");
        action(tenant, live, "cancel")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));

        UUID ended = create(tenant, campaign("Ended", "ONLINE", Instant.now().minus(10, ChronoUnit.DAYS), 1));
        saveForm(tenant, ended, FORM).andExpect(status().isOk());
        action(tenant, ended, "publish")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_ENDED"));
    }

    @Test
    void limitsWhatChangesOncePublishedOrClosed() throws Exception {
        String tenant = newTenant();
        UUID id = published(tenant, "Live");
        update(tenant, id, campaign("Live").replace("\"ONLINE\"", "\"OFFLINE\"").replace("}", ",\"version\":2}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_EDITABLE"))
                .andExpect(jsonPath("$.field").value("mode"));
        action(tenant, id, "close").andExpect(status().isOk());
        JsonNode closed =
                body(mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING))));
        String same = """
                {"name":"Live","type":"WEBINAR","mode":"ONLINE","startAt":"%s","endAt":"%s","budget":100000.00,
                 "expectedLeads":100,"expectedRevenue":5000000,"targetObject":"LEAD","description":"%s",
                 "actualCost":%s,"version":%d}
                """;
        String start = closed.get("startAt").asString();
        String end = closed.get("endAt").asString();
        int version = closed.get("version").asInt();
        update(tenant, id, same.formatted(start, end, "How it went", "98000.5", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualCost").value(98000.5))
                .andExpect(jsonPath("$.description").value("How it went"));
        update(tenant, id, same.replace("\"Live\"", "\"Renamed\"").formatted(start, end, "x", "1", version + 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_EDITABLE"));
    }

    @Test
    void deletesOnlyACampaignWithoutMembers() throws Exception {
        String tenant = newTenant();
        UUID withMember = published(tenant, "Has a member");
        jdbc.sql("""
                        INSERT INTO campaign_member (id, tenant, campaign_id, form_version, origin, answers, phone,
                                                     submitted_at, updated_at)
                        VALUES (?, ?, ?, 1, 'ONLINE', '{}'::jsonb, '13800000000', now(), now())
                        """).params(UUID.randomUUID(), tenant, withMember).update();
        mvc.perform(delete("/api/v1/campaigns/{id}", withMember).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_HAS_MEMBERS"));

        UUID empty = published(tenant, "No members");
        mvc.perform(delete("/api/v1/campaigns/{id}", empty).with(user(tenant, "admin", ADMIN)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/campaigns/{id}", empty).with(user(tenant, "admin", ADMIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_FOUND"));
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_form WHERE campaign_id = ?")
                        .param(empty)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theJobClosesEndedCampaignsAsSystem() throws Exception {
        String tenant = newTenant();
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS); // ends in an hour
        UUID id = create(tenant, campaign("Short", "ONLINE", start, 1));
        saveForm(tenant, id, FORM).andExpect(status().isOk());
        action(tenant, id, "publish").andExpect(status().isOk());
        UUID later = published(tenant, "Still running");

        autoCloser.closeEnded(Instant.now().plus(1, ChronoUnit.DAYS));

        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/campaigns/{id}", later).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        JsonNode closed = KafkaEvents.await(kafka, json, id.toString(), CampaignEvents.CLOSED, 1)
                .getFirst()
                .get("data");
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("changedBy").asString()).isEqualTo(CampaignAutoCloser.SYSTEM);
    }

    @Test
    void publishesEveryChangeWithTheCampaignAsItIsAfterIt() throws Exception {
        String tenant = newTenant();
        UUID id = create(tenant, campaign("Evented"));
        update(tenant, id, campaign("Evented, renamed").replace("}", ",\"version\":0}"))
                .andExpect(status().isOk());
        saveForm(tenant, id, FORM).andExpect(status().isOk());
        action(tenant, id, "publish").andExpect(status().isOk());
        action(tenant, id, "cancel").andExpect(status().isOk());

        String key = id.toString();
        JsonNode created =
                KafkaEvents.await(kafka, json, key, CampaignEvents.CREATED, 1).getFirst();
        assertThat(created.get("tenant").asString()).isEqualTo(tenant);
        assertThat(created.get("subject").asString()).isEqualTo(key);
        JsonNode data = created.get("data");
        assertThat(data.get("campaignId").asString()).isEqualTo(key);
        assertThat(data.get("name").asString()).isEqualTo("Evented");
        assertThat(data.get("type").asString()).isEqualTo("WEBINAR");
        assertThat(data.get("mode").asString()).isEqualTo("ONLINE");
        assertThat(data.get("budget").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(data.get("currency").asString()).isEqualTo("CNY");
        assertThat(data.get("targetObject").asString()).isEqualTo("LEAD");
        assertThat(data.get("status").asString()).isEqualTo("DRAFT");
        assertThat(data.get("changedBy").asString()).isEqualTo(idOf(tenant, "marketing"));
        assertThat(data.get("version").asInt()).isZero();

        List<JsonNode> updates = KafkaEvents.await(kafka, json, key, CampaignEvents.UPDATED, 2);
        assertThat(updates.get(0).get("data").get("name").asString()).isEqualTo("Evented, renamed");
        assertThat(updates.get(1).get("data").get("version").asInt()).isEqualTo(2); // the form
        JsonNode published = KafkaEvents.await(kafka, json, key, CampaignEvents.PUBLISHED, 1)
                .getFirst()
                .get("data");
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        JsonNode cancelled = KafkaEvents.await(kafka, json, key, CampaignEvents.CLOSED, 1)
                .getFirst()
                .get("data");
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("version").asInt()).isEqualTo(4);
    }

    @Test
    void answersOddInputWithA400NeverA500() throws Exception {
        String tenant = newTenant();
        UUID id = create(tenant, campaign("Odd input"));
        String ok = campaign("Odd input");
        for (String body : List.of(
                "not json",
                "[]",
                ok.replace("\"budget\":100000.00", "\"budget\":\"lots\""),
                ok.replace("\"budget\":100000.00", "\"budget\":1e999999999"),
                ok.replace("\"expectedLeads\":100", "\"expectedLeads\":99999999999"),
                ok.replaceFirst("\"startAt\":\"[^\"]+\"", "\"startAt\":\"+10000-01-01T00:00:00Z\""),
                ok.replace("\"Odd input\"", "\"Odd\\u0000input\""),
                ok.replace("\"Odd input\"", "\"" + "x".repeat(201) + "\""),
                ok.replace("\"description\":\"Spring summit\"", "\"description\":\"" + "x".repeat(5001) + "\""),
                ok.replace("\"budget\":100000.00", "\"budget\":1,\"currency\":\"EURO\""),
                ok.replace("\"budget\":100000.00", "\"budget\":1,\"autoSync\":\"maybe\""))) {
            mvc.perform(post("/api/v1/campaigns")
                            .with(user(tenant, "marketing", MARKETING))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest());
        }
        for (String query : List.of(
                "keyword=" + "k".repeat(101),
                "from=soon",
                "mode=HYBRID",
                "targetObject=PARTNER",
                "size=0",
                "size=101",
                "page=-1")) {
            mvc.perform(get("/api/v1/campaigns?" + query).with(user(tenant, "marketing", MARKETING)))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/campaigns").param("keyword", "a\u0000b").with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("keyword"));
        mvc.perform(put("/api/v1/campaigns/{id}", id)
                        .with(user(tenant, "marketing", MARKETING))
                        .header("If-Match", "W/\"x\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ok))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("If-Match"));
        mvc.perform(put("/api/v1/campaigns/{id}", id)
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ok.replace("}", ",\"version\":-1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(post("/api/v1/campaigns/{id}/publish", "123").with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/campaigns/{id}/publish", UUID.randomUUID())
                        .with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/campaigns/types")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ok))
                .andExpect(status().isBadRequest());
    }

    private void expectRefused(String tenant, String body, String field) throws Exception {
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(tenant, "marketing", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
    }

    private void expectIllegal(String tenant, UUID id, String action, String status) throws Exception {
        action(tenant, id, action)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.reason").value("ILLEGAL_TRANSITION"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.action").value(action.toUpperCase(java.util.Locale.ROOT)));
    }

    private ResultActions update(String tenant, UUID id, String body) throws Exception {
        return mvc.perform(put("/api/v1/campaigns/{id}", id)
                .with(user(tenant, "marketing", MARKETING))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void expectIds(String tenant, String query, UUID... ids) throws Exception {
        JsonNode page = body(mvc.perform(get("/api/v1/campaigns?" + query).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk()));
        List<String> found = page.get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
        assertThat(found)
                .as(query)
                .containsExactly(
                        java.util.Arrays.stream(ids).map(UUID::toString).toArray(String[]::new));
    }
}
