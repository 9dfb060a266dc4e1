package com.crmplatform.campaignservice.form.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of a campaign's form, one refusal each. */
class FormRulesTests {

    static final FormFieldDraft PHONE = new FormFieldDraft("phone", null, null, true, null);

    @Test
    void fillsInCatalogueDefaultsAndKeepsTheOrder() {
        List<FormField> fields = FormRules.check(List.of(
                new FormFieldDraft("company", "  Employer ", null, null, null),
                PHONE,
                new FormFieldDraft("budget", "Budget", FieldType.NUMBER, false, List.of()),
                new FormFieldDraft("topics", "Topics", FieldType.MULTI_CHOICE, false, List.of(" AI ", "Retail"))));
        assertThat(fields)
                .containsExactly(
                        new FormField("company", "Employer", FieldType.TEXT, false, List.of()),
                        new FormField("phone", "手机号", FieldType.TEXT, true, List.of()),
                        new FormField("budget", "Budget", FieldType.NUMBER, false, List.of()),
                        new FormField("topics", "Topics", FieldType.MULTI_CHOICE, false, List.of("AI", "Retail")));
        assertThat(fields.get(1).isCatalogue()).isTrue();
        assertThat(fields.get(2).isCatalogue()).isFalse();
    }

    @Test
    void anEmailAloneIsEnough() {
        assertThat(FormRules.check(List.of(new FormFieldDraft("email", null, FieldType.TEXT, true, null))))
                .hasSize(1);
    }

    @Test
    void refusesEachBrokenRule() {
        expect(List.of(), "fields", "PhoneOrEmailRequired");
        expect(List.of(new FormFieldDraft("name", null, null, true, null)), "fields", "PhoneOrEmailRequired");
        List<FormFieldDraft> many = new ArrayList<>(List.of(PHONE));
        IntStream.range(0, 50).forEach(i -> many.add(custom("f" + i, FieldType.TEXT)));
        expect(many, "fields", "TooManyFields");
        expect(Arrays.asList(PHONE, null), "fields[1]", "NotNull");
        expect(List.of(PHONE, custom(null, FieldType.TEXT)), "fields[1].key", "NotBlank");
        expect(List.of(PHONE, custom("1st", FieldType.TEXT)), "fields[1].key", "KeyPattern");
        expect(List.of(PHONE, custom("a".repeat(41), FieldType.TEXT)), "fields[1].key", "KeyPattern");
        expect(List.of(PHONE, PHONE), "fields[1].key", "DuplicateKey");
        expect(
                List.of(new FormFieldDraft("phone", null, FieldType.DATE, true, null)),
                "fields[0].type",
                "CatalogueFieldType");
        expect(List.of(PHONE, custom("age", null)), "fields[1].type", "NotNull");
        expect(
                List.of(PHONE, new FormFieldDraft("age", " ", FieldType.NUMBER, false, null)),
                "fields[1].label",
                "NotBlank");
        expect(
                List.of(PHONE, new FormFieldDraft("age", "x".repeat(101), FieldType.NUMBER, false, null)),
                "fields[1].label",
                "Size");
        expect(List.of(PHONE, choice(List.of())), "fields[1].options", "OptionsRequired");
        expect(
                List.of(PHONE, new FormFieldDraft("age", "Age", FieldType.NUMBER, false, List.of("1"))),
                "fields[1].options",
                "OptionsNotAllowed");
        expect(
                List.of(
                        PHONE,
                        choice(IntStream.range(0, 51).mapToObj(i -> "o" + i).toList())),
                "fields[1].options",
                "TooManyOptions");
        expect(List.of(PHONE, choice(Arrays.asList("a", null))), "fields[1].options[1]", "BlankOption");
        expect(List.of(PHONE, choice(List.of("a", "b", "a "))), "fields[1].options[2]", "DuplicateOption");
        expect(List.of(PHONE, choice(List.of("o".repeat(101)))), "fields[1].options[0]", "Size");
    }

    @Test
    void acceptsTheLimitsThemselves() {
        List<FormFieldDraft> fifty = new ArrayList<>(List.of(PHONE));
        IntStream.range(0, 49).forEach(i -> fifty.add(custom("f" + i, FieldType.TEXT)));
        fifty.set(1, choice(IntStream.range(0, 50).mapToObj(i -> "o" + i).toList()));
        assertThat(FormRules.check(fifty)).hasSize(50);
        assertThat(FormRules.check(List.of(PHONE, custom("a" + "b".repeat(39), FieldType.CONSENT))))
                .hasSize(2);
    }

    static FormFieldDraft custom(String key, FieldType type) {
        return new FormFieldDraft(key, "Label", type, false, null);
    }

    static FormFieldDraft choice(List<String> options) {
        return new FormFieldDraft("size", "Size", FieldType.SINGLE_CHOICE, true, options);
    }

    static void expect(List<FormFieldDraft> drafts, String field, String code) {
        assertThatThrownBy(() -> FormRules.check(drafts))
                .as(field + " " + code)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.violations().getFirst().code()).isEqualTo(code);
                });
    }
}
