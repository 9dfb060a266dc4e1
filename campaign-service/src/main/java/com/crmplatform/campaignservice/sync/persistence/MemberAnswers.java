package com.crmplatform.campaignservice.sync.persistence;

import com.crmplatform.campaignservice.form.domain.CatalogueField;
import com.crmplatform.contracts.campaign.CampaignMember;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A member's stored answers as lead-service and customer-service take them: catalogue fields by name, the rest as text. */
final class MemberAnswers {

    private final JsonMapper json;

    MemberAnswers(JsonMapper json) {
        this.json = json;
    }

    CampaignMember toMember(UUID memberId, String answersJson) {
        JsonNode answers = json.readTree(answersJson);
        Map<String, String> custom = new LinkedHashMap<>();
        for (var entry : answers.properties()) {
            if (CatalogueField.byKey(entry.getKey()).isEmpty()) {
                custom.put(entry.getKey(), asText(entry.getValue()));
            }
        }
        return new CampaignMember(
                memberId,
                text(answers, CatalogueField.NAME),
                text(answers, CatalogueField.PHONE),
                text(answers, CatalogueField.EMAIL),
                text(answers, CatalogueField.COMPANY),
                text(answers, CatalogueField.TITLE),
                text(answers, CatalogueField.INDUSTRY),
                text(answers, CatalogueField.CITY),
                text(answers, CatalogueField.WEBSITE),
                text(answers, CatalogueField.WECHAT),
                text(answers, CatalogueField.NOTES),
                custom);
    }

    private static String text(JsonNode answers, CatalogueField field) {
        JsonNode value = answers.get(field.key());
        return value == null || value.isNull() ? null : asText(value);
    }

    /** Choices joined by ", ", numbers as written, a consent as true/false. */
    private static String asText(JsonNode value) {
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false)
                    .map(JsonNode::asString)
                    .collect(Collectors.joining(", "));
        }
        return value.isNull() ? null : value.asString();
    }
}
