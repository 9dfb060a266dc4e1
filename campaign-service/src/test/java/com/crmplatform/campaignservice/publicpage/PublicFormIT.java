package com.crmplatform.campaignservice.publicpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignFixtures;
import com.crmplatform.campaignservice.CampaignFixtures.Campaign;
import com.crmplatform.campaignservice.CampaignServiceIT;
import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.platform.test.KafkaEvents;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The public sign-up page and form API, reached by the promotion link's token without a bearer token. */
class PublicFormIT extends CampaignServiceIT {

    @Test
    void theJsonFormRevealsOnlyNameDescriptionTimesAndFieldsInTheVisitorsLanguage() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        JsonNode en = body(formJson(campaign, "en-US,en;q=0.9")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("2026 Summit <Shanghai>"))
                .andExpect(jsonPath("$.description").value("Our yearly summit & expo"))
                .andExpect(jsonPath("$.fields[0].key").value("name"))
                .andExpect(jsonPath("$.fields[0].label").value("Name"))
                .andExpect(jsonPath("$.fields[0].required").value(true))
                .andExpect(jsonPath("$.fields[0].maxLength").value(100))
                .andExpect(jsonPath("$.fields[1].label").value("Phone"))
                .andExpect(jsonPath("$.fields[4].label").value("感兴趣的产品"))
                .andExpect(jsonPath("$.fields[4].type").value("MULTI_CHOICE"))
                .andExpect(jsonPath("$.fields[4].options[2]").value("Data")));
        List<String> members = new ArrayList<>();
        en.propertyNames().forEach(members::add);
        assertThat(members).containsExactlyInAnyOrder("name", "description", "startAt", "endAt", "fields");

        formJson(campaign, "zh-CN,zh;q=0.9,en;q=0.8")
                .andExpect(jsonPath("$.fields[0].label").value("姓名"))
                .andExpect(jsonPath("$.fields[1].label").value("手机号"));
    }

    @Test
    void thePageIsMobileFriendlyEscapedAndInChineseOrEnglish() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        page(campaign, "zh-CN")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(content().string(containsString("name=\"viewport\"")))
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
                .andExpect(content().string(containsString("2026 Summit &lt;Shanghai&gt;")))
                .andExpect(content().string(not(containsString("<Shanghai>"))))
                .andExpect(content().string(containsString(">姓名 <span class=\"req\"")))
                .andExpect(content().string(containsString("type=\"tel\"")))
                .andExpect(content().string(containsString("感兴趣的产品")))
                .andExpect(content().string(containsString("type=\"checkbox\" name=\"interest\" value=\"Cloud\"")))
                .andExpect(content().string(containsString("name=\"website_url\"")))
                .andExpect(content().string(containsString(">提交</button>")));

        page(campaign, "en-GB,en;q=0.8")
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString(">Name <span class=\"req\"")))
                .andExpect(content().string(containsString(">Submit</button>")));
    }

    @Test
    void aPostedFormWithMistakesComesBackWithMessagesAndTheEnteredValues() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        postForm(campaign, "zh-CN", Map.of("name", "", "phone", "12ab", "company", "Acme <b>", "interest", "AI"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("此项必填")))
                .andExpect(content().string(containsString("请输入有效的手机号")))
                .andExpect(content().string(containsString("value=\"Acme &lt;b&gt;\"")))
                .andExpect(content().string(containsString("value=\"12ab\"")))
                .andExpect(content().string(containsString("value=\"AI\" checked")));

        postForm(campaign, "en", Map.of("name", "Li"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please enter a phone number or an e-mail address")));
        assertThat(members(campaign.id())).isZero();
    }

    @Test
    void aGoodPostedFormThanksTheVisitorAndCapturesAnOnlineMember() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        mvc.perform(post("/p/" + campaign.token())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("name=%E6%9D%8E%E9%9B%B7&phone=138+0000+7777&interest=AI&interest=Data&agree=true"
                                + "&budget=99.90&website_url="))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you")));

        JsonNode member = jdbc
                .sql("SELECT answers::text FROM campaign_member WHERE campaign_id = ?")
                .param(campaign.id())
                .query(String.class)
                .list()
                .stream()
                .map(json::readTree)
                .findFirst()
                .orElseThrow();
        assertThat(member.get("name").asString()).isEqualTo("李雷");
        assertThat(member.get("interest").toString()).isEqualTo("[\"AI\",\"Data\"]");
        assertThat(member.get("agree").asBoolean()).isTrue();
        assertThat(member.get("budget").decimalValue()).isEqualByComparingTo("99.90");

        JsonNode event = KafkaEvents.await(kafka, json, campaign.id().toString(), CampaignEvents.MEMBER_CAPTURED, 1)
                .getFirst()
                .get("data");
        assertThat(event.get("origin").asString()).isEqualTo("ONLINE");
        assertThat(event.get("capturedBy").isNull()).isTrue();
        assertThat(event.at("/member/name").asString()).isEqualTo("李雷");
        assertThat(event.at("/member/customFields/interest").asString()).isEqualTo("AI, Data");
    }

    @Test
    void theJsonApiTakesASubmissionAndRefusesBadAnswersPerField() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        submitJson(
                        campaign,
                        "{\"answers\":{\"name\":\"Lucy\",\"email\":\"Lucy@Example.com\",\"visitDate\":\"2026-12-24\"}}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.received").value(true));
        submitJson(campaign, "{\"answers\":{\"name\":\"Lucy\",\"email\":\"lucy@\",\"size\":\"huge\",\"x\":1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("INVALID_ANSWERS"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'answers.email')].code").value("InvalidEmail"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'answers.size')].code").value("NotAnOption"))
                .andExpect(jsonPath("$.errors[?(@.field == 'answers.x')].code").value("UnknownField"));
        submitJson(campaign, "[1,2]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answers"));

        assertThat(members(campaign.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT email FROM campaign_member WHERE campaign_id = ?")
                        .param(campaign.id())
                        .query(String.class)
                        .single())
                .isEqualTo("lucy@example.com");
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessButStoresNothing() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        submitJson(
                        campaign,
                        "{\"answers\":{\"name\":\"Bot\",\"phone\":\"13800008888\"},\"website_url\":\"http://spam\"}")
                .andExpect(status().isCreated());
        postForm(campaign, "en", Map.of("name", "Bot", "phone", "13800008888", "website_url", "http://spam"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you")));

        assertThat(members(campaign.id())).isZero();
        assertThat(events(campaign.id(), CampaignEvents.MEMBER_CAPTURED)).isEmpty();
    }

    @Test
    void draftCancelledOfflineAndUnknownLinksAreNotFound() throws Exception {
        String tenant = CampaignFixtures.newTenant();
        Instant started = Instant.now().minus(Duration.ofDays(1));
        List<Campaign> hidden = List.of(
                fixtures().campaign(tenant, "DRAFT", "ONLINE", started, 9, CampaignFixtures.FORM),
                fixtures().campaign(tenant, "CANCELLED", "ONLINE", started, 9, CampaignFixtures.FORM),
                fixtures().campaign(tenant, "PUBLISHED", "OFFLINE", started, 9, CampaignFixtures.FORM),
                new Campaign(null, tenant, "unknown-token"),
                new Campaign(null, tenant, "bad.token~" + "x".repeat(70)));
        for (Campaign campaign : hidden) {
            formJson(campaign, "en")
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                    .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_FOUND"));
            submitJson(campaign, "{\"answers\":{\"name\":\"A\",\"phone\":\"13800001234\"}}")
                    .andExpect(status().isNotFound());
            page(campaign, "en")
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("This campaign link is not valid.")));
        }
    }

    @Test
    void aClosedOrEndedCampaignIsGoneAndOneNotStartedIsNotOpenYet() throws Exception {
        String tenant = CampaignFixtures.newTenant();
        Instant now = Instant.now();
        Campaign closed = fixtures()
                .campaign(tenant, "CLOSED", "ONLINE", now.minus(Duration.ofDays(1)), 9, CampaignFixtures.FORM);
        Campaign ended = fixtures()
                .campaign(tenant, "PUBLISHED", "ONLINE", now.minus(Duration.ofDays(10)), 9, CampaignFixtures.FORM);
        for (Campaign campaign : List.of(closed, ended)) {
            formJson(campaign, "en")
                    .andExpect(status().isGone())
                    .andExpect(jsonPath("$.code").value("GONE"))
                    .andExpect(jsonPath("$.reason").value("CAMPAIGN_CLOSED"));
            submitJson(campaign, "{\"answers\":{\"name\":\"A\",\"phone\":\"13800001234\"}}")
                    .andExpect(status().isGone());
            page(campaign, "zh")
                    .andExpect(status().isGone())
                    .andExpect(content().string(containsString("活动已结束")));
            postForm(campaign, "en", Map.of("name", "A", "phone", "13800001234"))
                    .andExpect(status().isGone());
        }

        Campaign future = fixtures()
                .campaign(tenant, "PUBLISHED", "ONLINE", now.plus(Duration.ofDays(2)), 9, CampaignFixtures.FORM);
        formJson(future, "en")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_STARTED"));
        submitJson(future, "{\"answers\":{\"name\":\"A\",\"phone\":\"13800001234\"}}")
                .andExpect(status().isConflict());
        page(future, "en").andExpect(status().isConflict()).andExpect(content().string(containsString("Not open yet")));
        assertThat(members(closed.id()) + members(ended.id()) + members(future.id()))
                .isZero();
    }

    @Test
    void aBodyOver16KbIsRefusedBeforeItIsRead() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        String big = "x".repeat(17 * 1024);

        submitJson(campaign, "{\"answers\":{\"name\":\"" + big + "\",\"phone\":\"13800001234\"}}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"))
                .andExpect(jsonPath("$.reason").value("BODY_TOO_LARGE"));
        postForm(campaign, "en", Map.of("name", big, "phone", "13800001234"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        assertThat(members(campaign.id())).isZero();
    }

    private ResultActions formJson(Campaign campaign, String language) throws Exception {
        return mvc.perform(get("/api/v1/public/campaigns/" + campaign.token() + "/form")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    private ResultActions submitJson(Campaign campaign, String body) throws Exception {
        return mvc.perform(post("/api/v1/public/campaigns/" + campaign.token() + "/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions page(Campaign campaign, String language) throws Exception {
        return mvc.perform(get("/p/" + campaign.token()).header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    private ResultActions postForm(Campaign campaign, String language, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(key)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return mvc.perform(post("/p/" + campaign.token())
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body.toString()));
    }
}
