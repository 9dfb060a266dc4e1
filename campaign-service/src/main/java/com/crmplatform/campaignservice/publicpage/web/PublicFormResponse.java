package com.crmplatform.campaignservice.publicpage.web;

import com.crmplatform.campaignservice.form.domain.CatalogueField;
import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.campaignservice.member.domain.AnswerValidation;
import com.crmplatform.campaignservice.publicpage.domain.PublicForm;
import java.time.Instant;
import java.util.List;

/** A campaign's public form: nothing of the campaign but its name, description, time span and fields. */
record PublicFormResponse(String name, String description, Instant startAt, Instant endAt, List<Field> fields) {

    /**
     * @param label the catalogue's default label in the requested language, or the custom field's label
     * @param maxLength the longest text answer accepted (text fields), else null
     */
    record Field(String key, String label, FieldType type, boolean required, List<String> options, Integer maxLength) {}

    static PublicFormResponse from(PublicForm form, Language language) {
        return new PublicFormResponse(
                form.name(),
                form.description(),
                form.startAt(),
                form.endAt(),
                form.fields().stream()
                        .map(field -> new Field(
                                field.key(),
                                language.label(field),
                                field.type(),
                                field.required(),
                                field.options(),
                                maxLength(field)))
                        .toList());
    }

    static Integer maxLength(FormField field) {
        return CatalogueField.byKey(field.key())
                .map(CatalogueField::maxLength)
                .orElse(field.type() == FieldType.TEXT ? AnswerValidation.MAX_CUSTOM_TEXT : null);
    }
}
