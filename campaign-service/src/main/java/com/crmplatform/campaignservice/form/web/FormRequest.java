package com.crmplatform.campaignservice.form.web;

import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormFieldDraft;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PUT /api/v1/campaigns/{id}/form}: {@code {"fields":[{"key","label","type","required","options"}]}} in display
 * order; {@code FormRules} checks the rest (so that every refusal names its field the same way).
 */
record FormRequest(@NotNull List<FieldRequest> fields) {

    record FieldRequest(String key, String label, FieldType type, Boolean required, List<String> options) {}

    List<FormFieldDraft> toDrafts() {
        List<FormFieldDraft> drafts = new ArrayList<>();
        for (FieldRequest field : fields) {
            drafts.add(
                    field == null
                            ? null
                            : new FormFieldDraft(
                                    field.key(), field.label(), field.type(), field.required(), field.options()));
        }
        return drafts;
    }
}
