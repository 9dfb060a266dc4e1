package com.crmplatform.campaignservice.member;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignFixtures;
import com.crmplatform.campaignservice.CampaignFixtures.Campaign;
import com.crmplatform.campaignservice.CampaignServiceIT;
import com.crmplatform.contracts.campaign.CampaignEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Members from a CSV upload, with a report per row. */
class MemberImportIT extends CampaignServiceIT {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void importsRowsAsCreatedMergedOrInvalidWithReasons() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        postJson(
                        campaign.membersPath(),
                        "{\"answers\":{\"name\":\"Known\",\"email\":\"known@example.com\"}}",
                        campaign.tenant(),
                        "mkt",
                        "crm-marketing")
                .andExpect(status().isCreated());
        String csv = """
                姓名,Phone,EMAIL,感兴趣的产品,Company size,budget\r
                张三,138 0000 0001,,AI;Data,1-50,1000.50\r
                "Zhang, San",13800000001,zs@example.com,,,\r
                Bad mail,,not-an-email,,,\r
                Too few,13800000002\r
                "Known, again",,KNOWN@example.com,Cloud,51-200,\r
                No contact,,,,,\r
                Wrong option,13800000003,,Blockchain,,abc\r
                """;

        JsonNode report = body(importFile(campaign, withBom(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.merged").value(2))
                .andExpect(jsonPath("$.invalid").value(4))
                .andExpect(jsonPath("$.items[0].index").value(1))
                .andExpect(jsonPath("$.items[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.items[1].outcome").value("MERGED"))
                .andExpect(jsonPath("$.items[2].outcome").value("INVALID"))
                .andExpect(jsonPath("$.items[2].errors[0].field").value("answers.email"))
                .andExpect(jsonPath("$.items[2].errors[0].code").value("InvalidEmail"))
                .andExpect(jsonPath("$.items[3].errors[0].field").value("row"))
                .andExpect(jsonPath("$.items[3].errors[0].code").value("FieldCount"))
                .andExpect(jsonPath("$.items[4].outcome").value("MERGED"))
                .andExpect(jsonPath("$.items[5].errors[0].code").value("PhoneOrEmailRequired"))
                .andExpect(jsonPath("$.items[6].errors.length()").value(2)));
        assertThat(report.at("/items/1/memberId")).isEqualTo(report.at("/items/0/memberId"));

        assertThat(members(campaign.id())).isEqualTo(2);
        JsonNode zhang = body(getAs(
                campaign.membersPath() + "/" + report.at("/items/0/memberId").asString(),
                campaign.tenant(),
                "mkt",
                "crm-marketing"));
        assertThat(zhang.get("submissions").asInt()).isEqualTo(2);
        assertThat(zhang.get("origin").asString()).isEqualTo("OFFLINE");
        assertThat(zhang.at("/answers/name").asString()).isEqualTo("Zhang, San");
        assertThat(zhang.at("/answers/interest").toString()).isEqualTo("[\"AI\",\"Data\"]");
        assertThat(zhang.at("/answers/email").asString()).isEqualTo("zs@example.com");
        assertThat(zhang.at("/answers/budget").decimalValue()).isEqualByComparingTo("1000.50");
        // the created member, its merge, and the known member's merge; the first POST's event before them
        assertThat(events(campaign.id(), CampaignEvents.MEMBER_CAPTURED)).hasSize(4);
    }

    @Test
    void importsTheMostRowsAllowedInOneGo() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        StringBuilder csv = new StringBuilder("name,phone,email,interest\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Person ").append(i).append(",+86 139").append(String.format("%08d", i));
            csv.append(",p").append(i).append("@example.com,AI;Cloud\n");
        }

        long started = System.nanoTime();
        importFile(campaign, csv.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(10_000))
                .andExpect(jsonPath("$.invalid").value(0));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(members(campaign.id())).isEqualTo(10_000);
        assertThat(events(campaign.id(), CampaignEvents.MEMBER_CAPTURED)).hasSize(10_000);
        assertThat(millis).as("10,000 rows in %d ms", millis).isLessThan(60_000);
    }

    @Test
    void takesTheFileAsATextCsvBodyToo() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        mvc.perform(post(campaign.membersPath() + "/import")
                        .with(user(campaign.tenant(), "admin", "crm-admin"))
                        .contentType("text/csv")
                        .content("name,phone\nA,13800000011\nB,13800000012\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(members(campaign.id())).isEqualTo(2);
    }

    @Test
    void refusesABadHeaderAFileNotInUtf8AndFilesOverTheLimits() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());

        importFile(campaign, "name,phone,salary,phone\nA,1380000,1,2\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("CSV_BAD_HEADER"))
                .andExpect(jsonPath("$.unknownColumns[0]").value("salary"))
                .andExpect(jsonPath("$.unknownColumns[1]").value("phone"))
                .andExpect(jsonPath("$.knownColumns[0]").value("name"));
        importFile(campaign, "姓名,phone\n张三,13800000001\n".getBytes(java.nio.charset.Charset.forName("GB18030")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("CSV_NOT_UTF8"));
        importFile(campaign, new byte[0])
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("CSV_BAD_HEADER"));

        StringBuilder tooMany = new StringBuilder("name,phone\n");
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append("N,1380000")
                    .append(String.format("%04d", i % 10_000))
                    .append('\n');
        }
        importFile(campaign, tooMany.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("CSV_TOO_MANY_ROWS"))
                .andExpect(jsonPath("$.maxRows").value(10_000));

        byte[] tooLarge = ("name,notes\nA," + "x".repeat(5 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        importFile(campaign, tooLarge)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        mvc.perform(post(campaign.membersPath() + "/import")
                        .with(user(campaign.tenant(), "admin", "crm-admin"))
                        .contentType("text/csv")
                        .content(tooLarge))
                .andExpect(status().isPayloadTooLarge());
        assertThat(members(campaign.id())).isZero();
    }

    @Test
    void onlyMarketingAndAdminsImportAndNotIntoADraft() throws Exception {
        String tenant = CampaignFixtures.newTenant();
        Campaign campaign = fixtures().published(tenant);
        byte[] csv = "name,phone\nA,13800000011\n".getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart(campaign.membersPath() + "/import").file(new MockMultipartFile("file", csv)))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart(campaign.membersPath() + "/import")
                        .file(new MockMultipartFile("file", csv))
                        .with(user(tenant, "s", "crm-sales")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(campaign.membersPath() + "/import")
                        .file(new MockMultipartFile("file", csv))
                        .with(user(CampaignFixtures.newTenant(), "admin", "crm-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(campaign.membersPath() + "/import").with(user(tenant, "admin", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"));

        Campaign draft = fixtures().campaign(tenant, "DRAFT", "OFFLINE", Instant.now(), 3, CampaignFixtures.FORM);
        importFile(draft, csv)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_OPEN"));
        assertThat(members(campaign.id()) + members(draft.id())).isZero();
    }

    private ResultActions importFile(Campaign campaign, byte[] content) throws Exception {
        return mvc.perform(multipart(campaign.membersPath() + "/import")
                .file(new MockMultipartFile("file", "members.csv", "text/csv", content))
                .with(user(campaign.tenant(), "mkt", "crm-marketing"))
                .contentType(MediaType.MULTIPART_FORM_DATA));
    }

    private static byte[] withBom(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }
}
