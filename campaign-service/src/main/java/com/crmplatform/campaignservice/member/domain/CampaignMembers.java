package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.campaignservice.form.domain.CatalogueField;
import com.crmplatform.contracts.campaign.CampaignMember;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A member as lead-service and customer-service take it in (the member-captured event and the sync's intake
 * requests): catalogue answers by name, every other answer as text, choices joined by {@code ", "}.
 */
public final class CampaignMembers {

    private CampaignMembers() {}

    public static CampaignMember of(Member member) {
        Map<String, Object> answers = member.answers();
        Map<String, String> custom = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            if (CatalogueField.byKey(key).isEmpty() && value != null) {
                custom.put(key, text(value));
            }
        });
        return new CampaignMember(
                member.id(),
                catalogue(answers, CatalogueField.NAME),
                catalogue(answers, CatalogueField.PHONE),
                catalogue(answers, CatalogueField.EMAIL),
                catalogue(answers, CatalogueField.COMPANY),
                catalogue(answers, CatalogueField.TITLE),
                catalogue(answers, CatalogueField.INDUSTRY),
                catalogue(answers, CatalogueField.CITY),
                catalogue(answers, CatalogueField.WEBSITE),
                catalogue(answers, CatalogueField.WECHAT),
                catalogue(answers, CatalogueField.NOTES),
                custom);
    }

    /** An answer as text: numbers exactly (no exponent), choices joined by {@code ", "}, consent true/false. */
    public static String text(Object value) {
        return switch (value) {
            case BigDecimal number -> number.toPlainString();
            case Collection<?> choices -> choices.stream().map(String::valueOf).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }

    private static String catalogue(Map<String, Object> answers, CatalogueField field) {
        Object value = answers.get(field.key());
        return value == null ? null : text(value);
    }
}
