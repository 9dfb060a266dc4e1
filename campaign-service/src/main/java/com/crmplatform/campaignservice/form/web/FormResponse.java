package com.crmplatform.campaignservice.form.web;

import com.crmplatform.campaignservice.form.domain.CampaignForm;
import com.crmplatform.campaignservice.form.domain.FieldType;
import java.util.List;
import java.util.UUID;

/** One version of a campaign's form. */
record FormResponse(UUID campaignId, int version, List<Field> fields) {

    record Field(String key, String label, FieldType type, boolean required, List<String> options) {}

    static FormResponse from(CampaignForm form) {
        return new FormResponse(
                form.campaignId(),
                form.version(),
                form.fields().stream()
                        .map(f -> new Field(f.key(), f.label(), f.type(), f.required(), f.options()))
                        .toList());
    }
}
