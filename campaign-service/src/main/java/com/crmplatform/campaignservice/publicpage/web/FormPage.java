package com.crmplatform.campaignservice.publicpage.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.crmplatform.campaignservice.form.domain.CatalogueField;
import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.campaignservice.publicpage.domain.PublicForm;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The public sign-up page as HTML, built from the form: one column, large touch targets, no script; every text from
 * the campaign or the visitor is HTML-escaped.
 */
final class FormPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String CSS = """
            *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",\
            sans-serif;color:#1f2328;background:#f5f6f8}main{max-width:560px;margin:0 auto;padding:16px}\
            h1{font-size:1.4em;margin:.4em 0}.meta{color:#59636e;font-size:.9em}.desc{white-space:pre-line}\
            form{background:#fff;border-radius:8px;padding:16px}.field{margin:0 0 16px;border:0;padding:0}\
            label,legend{display:block;font-weight:600;margin-bottom:4px}.req{color:#cf222e}\
            input[type=text],input[type=tel],input[type=email],input[type=date],textarea{width:100%;padding:10px;\
            font-size:16px;border:1px solid #d0d7de;border-radius:6px}textarea{min-height:96px}\
            .choice{display:flex;gap:8px;align-items:center;font-weight:400;margin:6px 0}\
            .choice input{width:20px;height:20px}.invalid input,.invalid textarea{border-color:#cf222e}\
            .error{color:#cf222e;font-size:.9em;margin:4px 0 0}.hp{position:absolute;left:-10000px;width:1px;\
            height:1px;overflow:hidden}button{width:100%;padding:12px;font-size:17px;border:0;border-radius:6px;\
            background:#0969da;color:#fff}.notice{background:#fff;border-radius:8px;padding:24px;text-align:center}
            """;

    private FormPage() {}

    /** The form, with the visitor's earlier values and the refused answers' messages (by key) when re-shown. */
    static String form(
            PublicForm form,
            Language language,
            ZoneId zone,
            Map<String, List<String>> values,
            Map<String, String> errors) {
        StringBuilder fields = new StringBuilder();
        for (FormField field : form.fields()) {
            fields.append(field(field, language, values.getOrDefault(field.key(), List.of()), errors.get(field.key())));
        }
        String description = form.description() == null || form.description().isBlank()
                ? ""
                : "<p class=\"desc\">" + htmlEscape(form.description()) + "</p>";
        // A refusal of no field on the form (e.g. a phone or e-mail is required but the form asks for neither) is
        // shown in the summary, so the visitor is never told to correct nothing.
        StringBuilder unplaced = new StringBuilder();
        errors.forEach((key, code) -> {
            if (form.fields().stream().noneMatch(field -> field.key().equals(key))) {
                unplaced.append(' ').append(htmlEscape(language.error(code)));
            }
        });
        String summary = errors.isEmpty()
                ? ""
                : "<p class=\"error\" role=\"alert\">"
                        + language.text("请修改标出的内容后再提交。", "Please correct the marked fields and submit again.")
                        + unplaced
                        + "</p>";
        String body = """
                <h1>%s</h1>
                <p class="meta">%s – %s</p>
                %s
                <form method="post" accept-charset="UTF-8" novalidate>
                %s%s
                <div class="hp" aria-hidden="true"><label>Website <input type="text" name="%s" tabindex="-1" \
                autocomplete="off"></label></div>
                <button type="submit">%s</button>
                </form>
                """.formatted(
                        htmlEscape(form.name()),
                        TIME.format(form.startAt().atZone(zone)),
                        TIME.format(form.endAt().atZone(zone)),
                        description,
                        summary,
                        fields,
                        PublicFormController.HONEYPOT,
                        language.text("提交", "Submit"));
        return page(language, form.name(), body);
    }

    static String thankYou(Language language, String campaignName) {
        String body = """
                <div class="notice"><h1>%s</h1><p>%s</p></div>
                """.formatted(
                        language.text("提交成功，谢谢！", "Thank you!"),
                        language.text(
                                "我们已收到您的报名：" + htmlEscape(campaignName),
                                "We received your sign-up for " + htmlEscape(campaignName) + "."));
        return page(language, campaignName, body);
    }

    static String notice(Language language, String title, String text) {
        return page(
                language,
                title,
                "<div class=\"notice\"><h1>" + htmlEscape(title) + "</h1><p>" + htmlEscape(text) + "</p></div>\n");
    }

    private static String page(Language language, String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <style>%s</style>
                </head>
                <body><main>
                %s</main></body>
                </html>
                """.formatted(language.htmlLang(), htmlEscape(title), CSS, body);
    }

    private static String field(FormField field, Language language, List<String> values, String error) {
        String key = htmlEscape(field.key());
        String label = htmlEscape(language.label(field))
                + (field.required() ? " <span class=\"req\" aria-hidden=\"true\">*</span>" : "");
        String errorHtml = error == null
                ? ""
                : "<p class=\"error\" id=\"" + key + "-error\">" + htmlEscape(language.error(error)) + "</p>";
        String invalid = error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"" + key + "-error\"";
        String required = field.required() ? " required" : "";
        String value = values.isEmpty() ? "" : htmlEscape(values.getFirst());
        String css = "field" + (error == null ? "" : " invalid");
        if (field.type().hasOptions() && !field.isCatalogue()) {
            boolean multi = field.type() == FieldType.MULTI_CHOICE;
            StringBuilder choices = new StringBuilder();
            for (String option : field.options()) {
                choices.append("<label class=\"choice\"><input type=\"%s\" name=\"%s\" value=\"%s\"%s%s> %s</label>\n"
                        .formatted(
                                multi ? "checkbox" : "radio",
                                key,
                                htmlEscape(option),
                                values.contains(option) ? " checked" : "",
                                invalid,
                                htmlEscape(option)));
            }
            return "<fieldset class=\"%s\"><legend>%s</legend>\n%s%s</fieldset>\n"
                    .formatted(css, label, choices, errorHtml);
        }
        if (field.type() == FieldType.CONSENT && !field.isCatalogue()) {
            boolean ticked = values.stream().anyMatch(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
            return ("<div class=\"%s\"><label class=\"choice\"><input type=\"checkbox\" name=\"%s\" value=\"true\"%s%s%s>"
                            + " %s</label>%s</div>\n")
                    .formatted(css, key, ticked ? " checked" : "", required, invalid, label, errorHtml);
        }
        String control;
        if (CatalogueField.NOTES.key().equals(field.key())) {
            control = "<textarea id=\"%s\" name=\"%s\" maxlength=\"%d\"%s%s>%s</textarea>"
                    .formatted(key, key, CatalogueField.NOTES.maxLength(), required, invalid, value);
        } else {
            Integer maxLength = PublicFormResponse.maxLength(field);
            control = "<input type=\"%s\" id=\"%s\" name=\"%s\" value=\"%s\"%s%s%s%s>"
                    .formatted(
                            inputType(field),
                            key,
                            key,
                            value,
                            maxLength == null ? "" : " maxlength=\"" + maxLength + "\"",
                            field.type() == FieldType.NUMBER && !field.isCatalogue() ? " inputmode=\"decimal\"" : "",
                            required,
                            invalid);
        }
        return "<div class=\"%s\"><label for=\"%s\">%s</label>%s%s</div>\n"
                .formatted(css, key, label, control, errorHtml);
    }

    private static String inputType(FormField field) {
        if (CatalogueField.PHONE.key().equals(field.key())) {
            return "tel";
        }
        if (CatalogueField.EMAIL.key().equals(field.key())) {
            return "email";
        }
        return field.type() == FieldType.DATE && !field.isCatalogue() ? "date" : "text";
    }
}
