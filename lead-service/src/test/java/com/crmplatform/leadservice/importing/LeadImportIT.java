package com.crmplatform.leadservice.importing;

import static com.crmplatform.platform.test.TestUsers.idOf;
import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.lead.LeadEvents;
import com.crmplatform.leadservice.LeadServiceIT;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** CSV import against the real database: per-row outcomes, nothing written for a bad row, bad files, volume. */
class LeadImportIT extends LeadServiceIT {

    @Test
    void reportsEachRowAndWritesOnlyTheValidNewOnes() throws Exception {
        String tenant = newTenant();
        UUID existing = capture(tenant, "admin", "crm-admin", lead("Existing", "13800000099"));
        String csv = """
                Name,Company,Phone,Email,Source,City,otherContact
                Zhang San,Acme,13800000001,,TRADE_SHOW,Shanghai,wechat:zs
                "Li, Si","Globex ""Asia""\",,li.si@globex.com,website,,
                ,NoName,13800000002,,WEBSITE,,
                Wang Wu,,call me,not-an-email,PIGEON,,
                Zhao Liu,,138-0000-0001,,REFERRAL,,
                Qian Qi,,138 0000 0099,,OTHER,,
                too,few
                """;

        JsonNode report = body(importFile(tenant, "marketing", "crm-marketing", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(report.get("total").asInt()).isEqualTo(7);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("duplicates").asInt()).isEqualTo(2);
        assertThat(report.get("invalid").asInt()).isEqualTo(3);
        JsonNode rows = report.get("rows");
        assertThat(rows.get(0).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(rows.get(1).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(rows.get(2).get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(rows.get(3).get("errors").findValuesAsString("field")).contains("phone", "email", "source");
        assertThat(rows.get(4).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(rows.get(4).get("existingId").asString())
                .isEqualTo(rows.get(0).get("leadId").asString());
        assertThat(rows.get(5).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(rows.get(5).get("existingId").asString()).isEqualTo(existing.toString());
        assertThat(rows.get(6).get("errors").get(0).get("code").asString()).isEqualTo("FieldCount");

        UUID liSi = UUID.fromString(rows.get(1).get("leadId").asString());
        assertThat(jdbc.sql("SELECT company FROM lead WHERE id = ?")
                        .param(liSi)
                        .query(String.class)
                        .single())
                .isEqualTo("Globex \"Asia\"");
        assertThat(jdbc.sql("SELECT count(*) FROM lead WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(events(liSi, LeadEvents.CREATED).getFirst().get("createdBy").asString())
                .isEqualTo(idOf(tenant, "marketing"));
    }

    @Test
    void aDuplicateOfALeadInTheTenantIsReportedWithItsId() throws Exception {
        String tenant = newTenant();
        UUID existing = capture(tenant, "admin", "crm-admin", lead("Existing", "13800000077"));
        String csv = "name,phone,source\nAgain,138-0000-0077,WEBSITE\n";

        importFile(tenant, "sales1", "crm-sales", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].outcome").value("DUPLICATE"))
                .andExpect(jsonPath("$.rows[0].existingId").value(existing.toString()));
        importFile(tenant, "sales1", "crm-sales", csv.getBytes(StandardCharsets.UTF_8), "?allowDuplicate=true")
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void aWrongHeaderOrEncodingIsA400WithAClearCode() throws Exception {
        String tenant = newTenant();
        importFile(
                        tenant,
                        "admin",
                        "crm-admin",
                        "nom,telephone,source\nZhang,1380000,WEBSITE\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.reason").value("CSV_BAD_HEADER"))
                .andExpect(jsonPath("$.unknownColumns[0]").value("nom"))
                .andExpect(jsonPath("$.missingColumns[0]").value("name"));
        importFile(
                        tenant,
                        "admin",
                        "crm-admin",
                        "name,phone,source\n张三,13800000000,WEBSITE\n".getBytes(Charset.forName("GBK")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("CSV_NOT_UTF8"));
        importFile(tenant, "admin", "crm-admin", new byte[10 * 1024 * 1024 + 1])
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
        assertThat(jdbc.sql("SELECT count(*) FROM lead WHERE tenant = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void importsFiveThousandRowsInSecondsAndReportsAHundredBadOnes() throws Exception {
        String tenant = newTenant();
        StringBuilder csv = new StringBuilder("name,company,phone,email,source,industry,city,notes\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(",Company ")
                    .append(i % 97)
                    .append(",1500")
                    .append(String.format("%07d", i))
                    .append(",p")
                    .append(i)
                    .append("@example.com,WEBSITE,Retail,")
                    .append("Hangzhou,\"imported, row ")
                    .append(i)
                    .append("\"\n");
        }
        for (int i = 0; i < 100; i++) {
            csv.append("Bad ").append(i).append(",,,not-an-email,WEBSITE,,,\n");
        }

        long start = System.nanoTime();
        importFile(tenant, "admin", "crm-admin", csv.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(5000))
                .andExpect(jsonPath("$.invalid").value(100));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("5,000 rows imported in %d ms", millis).isLessThan(15_000);
        assertThat(jdbc.sql("SELECT count(*) FROM lead WHERE tenant = ? AND owner_id IS NULL")
                        .param(tenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(5000);
    }

    private ResultActions importFile(String tenant, String username, String role, byte[] content, String... query)
            throws Exception {
        return mvc.perform(multipart("/api/v1/leads/import" + String.join("", query))
                .file(new MockMultipartFile("file", "leads.csv", "text/csv", content))
                .with(user(tenant, username, role)));
    }
}
