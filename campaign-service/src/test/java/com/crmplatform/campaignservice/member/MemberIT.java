package com.crmplatform.campaignservice.member;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignFixtures;
import com.crmplatform.campaignservice.CampaignFixtures.Campaign;
import com.crmplatform.campaignservice.CampaignServiceIT;
import com.crmplatform.campaignservice.member.domain.CampaignMembers;
import com.crmplatform.campaignservice.member.domain.Member;
import com.crmplatform.campaignservice.member.domain.MemberService;
import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.platform.test.KafkaEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Offline entry, the member list, duplicates and who may do what. */
class MemberIT extends CampaignServiceIT {

    static final String MARKETING = "crm-marketing";

    @Autowired
    MemberService memberService;

    @Test
    void marketingEntersOneMemberAndTheCaptureIsPublished() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        JsonNode member = body(postJson(campaign.membersPath(), """
                        {"answers":{"name":"韩梅梅","phone":"+86 139-0000-2222","company":"Acme",
                                    "interest":["Data","AI"],"budget":"12.50","agree":true}}""", campaign.tenant(), "mkt", MARKETING)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString(campaign.membersPath())))
                .andExpect(jsonPath("$.origin").value("OFFLINE"))
                .andExpect(jsonPath("$.syncStatus").value("PENDING"))
                .andExpect(jsonPath("$.submissions").value(1))
                .andExpect(jsonPath("$.formVersion").value(2))
                .andExpect(jsonPath("$.leadId").doesNotExist())
                .andExpect(jsonPath("$.answers.interest[0]").value("Data"))
                .andExpect(jsonPath("$.answers.budget").value(12.50)));

        UUID id = UUID.fromString(member.get("id").asString());
        getAs(campaign.membersPath() + "/" + id, campaign.tenant(), "fin", "crm-finance")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers.name").value("韩梅梅"))
                .andExpect(jsonPath("$.createdBy").value(idOf(campaign.tenant(), "mkt")));

        List<JsonNode> events = events(campaign.id(), CampaignEvents.MEMBER_CAPTURED);
        assertThat(events).hasSize(1);
        JsonNode event = events.getFirst();
        assertThat(event.get("autoSync").asBoolean()).isTrue();
        assertThat(event.get("targetObject").asString()).isEqualTo("LEAD");
        assertThat(event.get("origin").asString()).isEqualTo("OFFLINE");
        assertThat(event.get("capturedBy").asString()).isEqualTo(idOf(campaign.tenant(), "mkt"));
        assertThat(event.at("/member/memberId").asString()).isEqualTo(id.toString());
        assertThat(event.at("/member/phone").asString()).isEqualTo("+86 139-0000-2222");
        assertThat(event.at("/member/company").asString()).isEqualTo("Acme");
        assertThat(event.at("/member/customFields/interest").asString()).isEqualTo("Data, AI");
        assertThat(event.at("/member/customFields/budget").asString()).isEqualTo("12.50");
        assertThat(event.at("/member/customFields/agree").asString()).isEqualTo("true");

        List<JsonNode> published =
                KafkaEvents.await(kafka, json, campaign.id().toString(), CampaignEvents.MEMBER_CAPTURED, 1);
        assertThat(published.getFirst().get("tenant").asString()).isEqualTo(campaign.tenant());
    }

    @Test
    void anArrayGetsAReportPerItemAndDuplicatesInItMerge() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        postJson(campaign.membersPath(), """
                        [{"answers":{"name":"A","email":"a@example.com"}},
                         {"answers":{"name":"B","phone":"12ab"}},
                         {"answers":{"name":"A again","email":"A@Example.com","company":"Acme"}},
                         {"nothing":true},
                         {"answers":{"name":"C","phone":"13800003333","salary":"1"}}]""", campaign.tenant(), "admin", "crm-admin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.merged").value(1))
                .andExpect(jsonPath("$.invalid").value(3))
                .andExpect(jsonPath("$.items[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.items[1].outcome").value("INVALID"))
                .andExpect(jsonPath("$.items[1].errors[0].field").value("answers.phone"))
                .andExpect(jsonPath("$.items[1].errors[0].code").value("InvalidPhone"))
                .andExpect(jsonPath("$.items[2].outcome").value("MERGED"))
                .andExpect(jsonPath("$.items[3].errors[0].field").value("answers"))
                .andExpect(jsonPath("$.items[4].errors[0].field").value("answers.salary"))
                .andExpect(jsonPath("$.items[4].errors[0].code").value("UnknownField"));

        assertThat(members(campaign.id())).isEqualTo(1);
        JsonNode list = body(getAs(campaign.membersPath(), campaign.tenant(), "mkt", MARKETING));
        assertThat(list.at("/items/0/submissions").asInt()).isEqualTo(2);
        assertThat(list.at("/items/0/answers/name").asString()).isEqualTo("A again");
        assertThat(list.at("/items/0/answers/company").asString()).isEqualTo("Acme");
        assertThat(events(campaign.id(), CampaignEvents.MEMBER_CAPTURED)).hasSize(2);
    }

    @Test
    void aSecondSubmissionWithTheSamePhoneUpdatesTheMemberAndASyncedOneStaysLinked() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        UUID id = UUID.fromString(body(postJson(
                                campaign.membersPath(),
                                "{\"answers\":{\"name\":\"Wang\",\"phone\":\"138 0000 4444\",\"company\":\"Old\"}}",
                                campaign.tenant(),
                                "mkt",
                                MARKETING)
                        .andExpect(status().isCreated()))
                .get("id")
                .asString());
        UUID lead = UUID.randomUUID();
        jdbc.sql("UPDATE campaign_member SET sync_status = 'SYNCED', lead_id = ?, synced_at = now() WHERE id = ?")
                .params(lead, id)
                .update();

        postJson(
                        campaign.membersPath(),
                        "{\"answers\":{\"name\":\"Wang Wei\",\"phone\":\"13800004444\",\"email\":\"w@example.com\"}}",
                        campaign.tenant(),
                        "mkt",
                        MARKETING)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.submissions").value(2))
                .andExpect(jsonPath("$.answers.name").value("Wang Wei"))
                .andExpect(jsonPath("$.answers.company").value("Old"))
                .andExpect(jsonPath("$.syncStatus").value("SYNCED"))
                .andExpect(jsonPath("$.leadId").value(lead.toString()));

        // The e-mail it gained is now a key too.
        postJson(
                        campaign.membersPath(),
                        "{\"answers\":{\"name\":\"W\",\"email\":\"W@EXAMPLE.COM\"}}",
                        campaign.tenant(),
                        "mkt",
                        MARKETING)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.submissions").value(3));
        assertThat(members(campaign.id())).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsOfOnePersonMakeOneMember() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        int submissions = 24;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            String body = i % 2 == 0
                    ? "{\"answers\":{\"name\":\"N" + i + "\",\"phone\":\"13900005555\"}}"
                    : "{\"answers\":{\"name\":\"N" + i + "\",\"phone\":\"139-0000-5555\",\"email\":\"n@example.com\"}}";
            calls.add(() -> mvc.perform(post(campaign.membersPath())
                            .with(com.crmplatform.platform.test.TestUsers.user(campaign.tenant(), "mkt", MARKETING))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> status : threads.invokeAll(calls)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(members(campaign.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT submissions FROM campaign_member WHERE campaign_id = ?")
                        .param(campaign.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(submissions);
        assertThat(events(campaign.id(), CampaignEvents.MEMBER_CAPTURED)).hasSize(submissions);
    }

    @Test
    void peopleSigningUpTogetherWithAnArrayAndTheSamePersonAgainEachEndAsOneMember() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // 20 different people (locking their own contacts), the one below again and again, and an array of 12
            // (locking the whole campaign) that shares two of them
            String person = "{\"answers\":{\"name\":\"P" + i + "\",\"phone\":\"1370000" + (1000 + i) + "\"}}";
            calls.add(() -> enter(campaign, person));
            calls.add(() -> enter(campaign, "{\"answers\":{\"name\":\"Same\",\"email\":\"same@example.com\"}}"));
        }
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < 12; i++) {
            array.append(i == 0 ? "" : ",")
                    .append("{\"answers\":{\"name\":\"A")
                    .append(i)
                    .append("\",\"phone\":\"1370000")
                    .append(i < 2 ? 1000 + i : 2000 + i)
                    .append("\"}}");
        }
        String batch = array.append("]").toString();
        calls.add(() -> enter(campaign, batch));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> status : threads.invokeAll(calls)) {
                assertThat(status.get()).isIn(200, 201);
            }
        }

        assertThat(members(campaign.id())).isEqualTo(20 + 1 + 10);
        assertThat(jdbc.sql("SELECT submissions FROM campaign_member WHERE campaign_id = ? AND email = ?")
                        .params(campaign.id(), "same@example.com")
                        .query(Integer.class)
                        .single())
                .isEqualTo(20);
    }

    private int enter(Campaign campaign, String body) throws Exception {
        return mvc.perform(post(campaign.membersPath())
                        .with(com.crmplatform.platform.test.TestUsers.user(campaign.tenant(), "mkt", MARKETING))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void listsMembersByOriginSyncStatusAndSubmissionTime() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        for (int i = 0; i < 3; i++) {
            postJson(
                            campaign.membersPath(),
                            "{\"answers\":{\"name\":\"M" + i + "\",\"phone\":\"1380000100" + i + "\"}}",
                            campaign.tenant(),
                            "mkt",
                            MARKETING)
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/public/campaigns/" + campaign.token() + "/submissions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":{\"name\":\"Online\",\"email\":\"online@example.com\"}}"))
                .andExpect(status().isCreated());
        jdbc.sql("UPDATE campaign_member SET sync_status = 'FAILED', sync_error = 'INVALID_PHONE' WHERE phone = ?")
                .param("13800001001")
                .update();
        String path = campaign.membersPath();

        getAs(path + "?origin=ONLINE", campaign.tenant(), "s", "crm-sales")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].origin").value("ONLINE"))
                .andExpect(jsonPath("$.items[0].answers.name").value("Online"))
                .andExpect(jsonPath("$.items[0].createdBy").doesNotExist());
        getAs(path + "?origin=OFFLINE&syncStatus=FAILED", campaign.tenant(), "s", "crm-sales")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].syncError").value("INVALID_PHONE"));
        getAs(path + "?syncStatus=PENDING&size=2&page=0", campaign.tenant(), "s", "crm-sales")
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].answers.name").value("Online"));
        getAs(path + "?submittedFrom=" + Instant.now().plus(Duration.ofHours(1)), campaign.tenant(), "s", "crm-sales")
                .andExpect(jsonPath("$.totalElements").value(0));
        getAs(
                        path + "?submittedTo=" + Instant.now().plus(Duration.ofHours(1)) + "&sort=submittedAt,asc",
                        campaign.tenant(),
                        "s",
                        "crm-sales")
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.items[0].answers.name").value("M0"));
        getAs(path + "?syncStatus=DONE", campaign.tenant(), "s", "crm-sales").andExpect(status().isBadRequest());
    }

    @Test
    void keepsANumberAnswerExactEvenAsAJsonNumber() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        String id = body(postJson(
                                campaign.membersPath(),
                                "{\"answers\":{\"name\":\"N\",\"phone\":\"13600000001\","
                                        + "\"budget\":123456789012345678.0123456789}}",
                                campaign.tenant(),
                                "mkt",
                                MARKETING)
                        .andExpect(status().isCreated()))
                .get("id")
                .asString();

        assertThat(jdbc.sql("SELECT answers->>'budget' FROM campaign_member WHERE id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("123456789012345678.0123456789");
        assertThat(events(campaign.id(), CampaignEvents.MEMBER_CAPTURED)
                        .getFirst()
                        .at("/member/customFields/budget")
                        .asString())
                .isEqualTo("123456789012345678.0123456789");
        postJson(campaign.membersPath(), "{\"answers\":", campaign.tenant(), "mkt", MARKETING)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void theSyncPagesThroughMembersNotYetSynced() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        for (int i = 0; i < 5; i++) {
            postJson(
                            campaign.membersPath(),
                            "{\"answers\":{\"name\":\"S" + i + "\",\"phone\":\"1370000000" + i + "\"}}",
                            campaign.tenant(),
                            "mkt",
                            MARKETING)
                    .andExpect(status().isCreated());
        }
        jdbc.sql("UPDATE campaign_member SET sync_status = 'SYNCED' WHERE phone = '13700000000'")
                .update();
        jdbc.sql("UPDATE campaign_member SET sync_status = 'FAILED' WHERE phone = '13700000001'")
                .update();

        List<Member> first = memberService.unsynced(campaign.tenant(), campaign.id(), null, 3);
        List<Member> rest = memberService.unsynced(
                campaign.tenant(), campaign.id(), first.getLast().id(), 3);

        assertThat(first).hasSize(3);
        assertThat(rest).hasSize(1);
        assertThat(java.util.stream.Stream.concat(first.stream(), rest.stream()).map(Member::phone))
                .containsExactlyInAnyOrder("13700000001", "13700000002", "13700000003", "13700000004");
        assertThat(memberService.unsynced(CampaignFixtures.newTenant(), campaign.id(), null, 10))
                .isEmpty();
        assertThat(CampaignMembers.of(first.getFirst()).memberId())
                .isEqualTo(first.getFirst().id());
    }

    @Test
    void refusesWhatTheCallerMayNotDo() throws Exception {
        String tenant = CampaignFixtures.newTenant();
        Campaign campaign = fixtures().published(tenant);
        String one = "{\"answers\":{\"name\":\"X\",\"phone\":\"13800009999\"}}";

        mvc.perform(get(campaign.membersPath())).andExpect(status().isUnauthorized());
        mvc.perform(post(campaign.membersPath())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(one))
                .andExpect(status().isUnauthorized());
        postJson(campaign.membersPath(), one, tenant, "s", "crm-sales")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        postJson(campaign.membersPath(), one, tenant, "f", "crm-finance").andExpect(status().isForbidden());
        getAs(campaign.membersPath(), tenant, "f", "crm-finance").andExpect(status().isOk());

        String otherTenant = CampaignFixtures.newTenant();
        getAs(campaign.membersPath(), otherTenant, "admin", "crm-admin")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_FOUND"));
        postJson(campaign.membersPath(), one, otherTenant, "admin", "crm-admin").andExpect(status().isNotFound());
        getAs(campaign.membersPath() + "/" + UUID.randomUUID(), tenant, "admin", "crm-admin")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("MEMBER_NOT_FOUND"));

        for (String refused : List.of("DRAFT", "CANCELLED")) {
            Campaign notOpen = fixtures().campaign(tenant, refused, "OFFLINE", Instant.now(), 3, CampaignFixtures.FORM);
            postJson(notOpen.membersPath(), one, tenant, "mkt", MARKETING)
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_OPEN"))
                    .andExpect(jsonPath("$.status").value(refused));
        }
        Campaign closed = fixtures()
                .campaign(
                        tenant, "CLOSED", "OFFLINE", Instant.now().minus(Duration.ofDays(9)), 3, CampaignFixtures.FORM);
        postJson(closed.membersPath(), one, tenant, "mkt", MARKETING).andExpect(status().isCreated());

        postJson(campaign.membersPath(), "{\"answers\":{\"phone\":\"12\"}}", tenant, "mkt", MARKETING)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.reason").value("INVALID_ANSWERS"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'answers.name')].code").value("Required"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'answers.phone')].code").value("InvalidPhone"));
        postJson(campaign.membersPath(), "{\"name\":\"X\"}", tenant, "mkt", MARKETING)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("answers"));
        assertThat(members(campaign.id())).isZero();
    }
}
