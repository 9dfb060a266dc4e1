package com.crmplatform.campaignservice.publicpage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.campaignservice.publicpage.domain.PublicForm;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormPageTests {

    static final PublicForm FORM = new PublicForm(
            "Summit <script>alert(1)</script>",
            "Line one\n<b>bold</b>",
            Instant.parse("2026-12-01T01:00:00Z"),
            Instant.parse("2026-12-31T10:00:00Z"),
            List.of(
                    new FormField("name", "ignored for catalogue fields", FieldType.TEXT, true, null),
                    new FormField("email", "Email", FieldType.TEXT, false, null),
                    new FormField("notes", "Notes", FieldType.TEXT, false, null),
                    new FormField(
                            "q1",
                            "<img src=x onerror=alert(1)>",
                            FieldType.SINGLE_CHOICE,
                            true,
                            List.of("\"><script>x</script>", "B")),
                    new FormField("visit", "Visit", FieldType.DATE, false, null),
                    new FormField("ok", "I agree", FieldType.CONSENT, true, null)));

    @Test
    void escapesEveryTextFromTheCampaignAndTheVisitor() {
        String html = FormPage.form(
                FORM,
                Language.EN,
                ZoneId.of("Asia/Shanghai"),
                Map.of("email", List.of("\"><script>y</script>"), "notes", List.of("</textarea><script>z</script>")),
                Map.of("q1", "Required"));

        assertThat(html)
                .doesNotContain("<script>", "<img", "<b>")
                .contains("Summit &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
                .contains("value=\"&quot;&gt;&lt;script&gt;y&lt;/script&gt;\"")
                .contains("&lt;/textarea&gt;&lt;script&gt;z&lt;/script&gt;</textarea>");
    }

    @Test
    void showsTimesInTheZoneAndMarksRequiredAndRefusedFields() {
        String html = FormPage.form(FORM, Language.ZH, ZoneId.of("Asia/Shanghai"), Map.of(), Map.of("q1", "Required"));

        assertThat(html)
                .contains("2026-12-01 09:00 – 2026-12-31 18:00")
                .contains(">姓名 <span class=\"req\"")
                .contains("<p class=\"error\" id=\"q1-error\">此项必填</p>")
                .contains("请修改标出的内容后再提交。")
                .contains("type=\"email\"")
                .contains("type=\"date\"")
                .contains("type=\"radio\" name=\"q1\"")
                .contains("type=\"checkbox\" name=\"ok\" value=\"true\" required");
    }

    @Test
    void showsARefusalOfNoFieldOnTheFormInTheSummary() {
        String html =
                FormPage.form(FORM, Language.EN, ZoneId.of("UTC"), Map.of(), Map.of("phone", "PhoneOrEmailRequired"));

        assertThat(html).contains("submit again. Please enter a phone number or an e-mail address</p>");
    }

    @Test
    void picksTheLanguageFromAcceptLanguage() {
        assertThat(Language.of("en-US,en;q=0.9,zh;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.of("fr-FR,zh-TW;q=0.9,en;q=0.8")).isEqualTo(Language.ZH);
        assertThat(Language.of("de, en;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.of("fr")).isEqualTo(Language.ZH);
        assertThat(Language.of(null)).isEqualTo(Language.ZH);
        assertThat(Language.of(";;;")).isEqualTo(Language.ZH);
    }
}
