package com.crmplatform.campaignservice.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.campaignservice.form.domain.CampaignForm;
import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.contracts.common.FieldViolation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerValidationTests {

    static final CampaignForm FORM = new CampaignForm(
            UUID.randomUUID(),
            3,
            List.of(
                    new FormField("name", "Name", FieldType.TEXT, true, null),
                    new FormField("phone", "Phone", FieldType.TEXT, false, null),
                    new FormField("email", "Email", FieldType.TEXT, false, null),
                    new FormField("company", "公司", FieldType.TEXT, false, null),
                    new FormField("comment", "Comment", FieldType.TEXT, false, null),
                    new FormField("budget", "Budget", FieldType.NUMBER, false, null),
                    new FormField("visitDate", "Visit", FieldType.DATE, false, null),
                    new FormField("size", "Size", FieldType.SINGLE_CHOICE, false, List.of("1-50", "51-200")),
                    new FormField("interest", "Interest", FieldType.MULTI_CHOICE, false, List.of("AI", "Cloud")),
                    new FormField("agree", "I agree", FieldType.CONSENT, true, null),
                    new FormField("newsletter", "Newsletter", FieldType.CONSENT, false, null)));

    @Test
    void acceptsAFullyAnsweredFormAndNormalizesContacts() {
        Map<String, Object> raw = valid();
        raw.put("company", "  Acme  ");
        raw.put("budget", "12.50");
        raw.put("visitDate", "2026-12-24");
        raw.put("size", "51-200");
        raw.put("interest", List.of("Cloud", "AI", "Cloud"));
        raw.put("newsletter", "false");

        AnswerCheck check = AnswerValidation.check(FORM, raw);

        assertThat(check.errors()).isEmpty();
        assertThat(check.formVersion()).isEqualTo(3);
        assertThat(check.phone()).isEqualTo("+8613800001111");
        assertThat(check.email()).isEqualTo("li.lei@example.com");
        assertThat(check.name()).isEqualTo("李雷");
        assertThat(check.answers())
                .containsEntry("phone", "+86 138-0000-1111")
                .containsEntry("email", "li.lei@example.com")
                .containsEntry("company", "Acme")
                .containsEntry("budget", new BigDecimal("12.50"))
                .containsEntry("visitDate", "2026-12-24")
                .containsEntry("interest", List.of("Cloud", "AI"))
                .containsEntry("agree", true)
                .containsEntry("newsletter", false);
    }

    @Test
    void refusesMissingRequiredFieldsAndAnUntickedRequiredConsent() {
        Map<String, Object> raw = valid();
        raw.remove("name");
        raw.put("agree", false);

        assertThat(codes(AnswerValidation.check(FORM, raw)))
                .containsExactlyInAnyOrder("name:Required", "agree:MustBeTrue");

        raw.remove("agree");
        assertThat(codes(AnswerValidation.check(FORM, raw))).contains("agree:MustBeTrue");
    }

    @Test
    void refusesUnknownKeysAndWrongTypes() {
        Map<String, Object> raw = valid();
        raw.put("salary", "1000");
        raw.put("company", new BigDecimal("5"));
        raw.put("interest", "AI");
        raw.put("newsletter", "maybe");

        assertThat(codes(AnswerValidation.check(FORM, raw)))
                .containsExactlyInAnyOrder(
                        "salary:UnknownField", "company:InvalidType", "interest:InvalidType", "newsletter:InvalidType");
    }

    @Test
    void refusesTextBeyondTheLimitsAndControlCharacters() {
        Map<String, Object> raw = valid();
        raw.put("name", "x".repeat(101));
        raw.put("comment", "y".repeat(501));
        raw.put("company", "Acme\u0000");

        assertThat(codes(AnswerValidation.check(FORM, raw)))
                .containsExactlyInAnyOrder("name:TooLong", "comment:TooLong", "company:InvalidCharacters");

        raw.put("name", "名".repeat(100));
        raw.put("comment", "😀".repeat(500));
        raw.remove("company");
        assertThat(AnswerValidation.check(FORM, raw).errors()).isEmpty();
    }

    @Test
    void refusesBadNumbersDatesAndOptions() {
        Map<String, Object> raw = valid();
        raw.put("budget", "12,5");
        raw.put("visitDate", "2026-02-30");
        raw.put("size", "1000+");
        raw.put("interest", List.of("AI", "Blockchain"));

        assertThat(codes(AnswerValidation.check(FORM, raw)))
                .containsExactlyInAnyOrder(
                        "budget:InvalidNumber", "visitDate:InvalidDate", "size:NotAnOption", "interest:NotAnOption");

        raw.put("budget", "1e999999");
        raw.put("visitDate", "24/12/2026");
        raw.remove("size");
        raw.remove("interest");
        assertThat(codes(AnswerValidation.check(FORM, raw)))
                .containsExactlyInAnyOrder("budget:InvalidNumber", "visitDate:InvalidDate");
    }

    @Test
    void keepsNumbersExact() {
        Map<String, Object> raw = valid();
        raw.put("budget", new BigDecimal("123456789012345678.0123456789"));
        assertThat(AnswerValidation.check(FORM, raw).answers())
                .containsEntry("budget", new BigDecimal("123456789012345678.0123456789"));
    }

    @Test
    void needsAPhoneOrAnEmail() {
        Map<String, Object> raw = valid();
        raw.remove("phone");
        raw.remove("email");

        assertThat(codes(AnswerValidation.check(FORM, raw))).containsExactly("phone:PhoneOrEmailRequired");

        raw.put("email", "li.lei@example.com");
        assertThat(AnswerValidation.check(FORM, raw).errors()).isEmpty();
    }

    @Test
    void refusesAnInvalidPhoneOrEmailWithoutAlsoAskingForOne() {
        Map<String, Object> raw = valid();
        raw.put("phone", "12ab");
        raw.put("email", "not-an-address");

        assertThat(codes(AnswerValidation.check(FORM, raw)))
                .containsExactlyInAnyOrder("phone:InvalidPhone", "email:InvalidEmail");
    }

    @Test
    void treatsBlankAnswersAsUnanswered() {
        Map<String, Object> raw = valid();
        raw.put("company", "   ");
        raw.put("interest", List.of());

        AnswerCheck check = AnswerValidation.check(FORM, raw);
        assertThat(check.errors()).isEmpty();
        assertThat(check.answers()).doesNotContainKeys("company", "interest");
    }

    private static Map<String, Object> valid() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("name", " 李雷 ");
        raw.put("phone", "+86 138-0000-1111");
        raw.put("email", " Li.Lei@Example.COM ");
        raw.put("agree", true);
        return raw;
    }

    private static List<String> codes(AnswerCheck check) {
        return check.errors().stream()
                .map((FieldViolation e) -> e.field() + ":" + e.code())
                .toList();
    }
}
