package com.crmplatform.campaignservice.publicpage.web;

import com.crmplatform.campaignservice.form.domain.CatalogueField;
import com.crmplatform.campaignservice.form.domain.FormField;
import java.util.Locale;

/** The language of the public page: Chinese or English, the first of them the visitor's Accept-Language prefers. */
enum Language {
    ZH,
    EN;

    /** Chinese when the header names neither (or is unreadable): the platform's customers are mostly Chinese. */
    static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200) {
            return ZH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return ZH;
                }
                if (tag.startsWith("en")) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: the default
        }
        return ZH;
    }

    /** A catalogue field's default label in this language; a custom field's label as the operator entered it. */
    String label(FormField field) {
        return CatalogueField.byKey(field.key())
                .map(catalogue -> this == ZH ? catalogue.labelZh() : catalogue.labelEn())
                .orElse(field.label());
    }

    String text(String zh, String en) {
        return this == ZH ? zh : en;
    }

    String htmlLang() {
        return this == ZH ? "zh-CN" : "en";
    }

    /** A refused answer's message for the visitor, by the answer check's stable code. */
    String error(String code) {
        return switch (code) {
            case "Required" -> text("此项必填", "This field is required");
            case "MustBeTrue" -> text("请勾选此项", "Please tick this box");
            case "TooLong" -> text("内容过长", "This is too long");
            case "InvalidCharacters" -> text("包含无效字符", "This contains characters that are not allowed");
            case "InvalidNumber" -> text("请输入数字", "Please enter a number");
            case "InvalidDate" -> text("请输入有效日期（年-月-日）", "Please enter a date (yyyy-mm-dd)");
            case "NotAnOption" -> text("请从选项中选择", "Please choose one of the options");
            case "InvalidPhone" -> text("请输入有效的手机号", "Please enter a valid phone number");
            case "InvalidEmail" -> text("请输入有效的邮箱地址", "Please enter a valid e-mail address");
            case "PhoneOrEmailRequired" -> text("请填写手机号或邮箱", "Please enter a phone number or an e-mail address");
            default -> text("填写有误", "This value is not valid");
        };
    }
}
