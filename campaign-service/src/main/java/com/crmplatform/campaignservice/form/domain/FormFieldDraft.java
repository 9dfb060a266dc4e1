package com.crmplatform.campaignservice.form.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A form field as a client sent it, before {@link FormRules} checked it: any member may be null, {@code options} may
 * hold nulls.
 */
public record FormFieldDraft(String key, String label, FieldType type, Boolean required, List<String> options) {

    public FormFieldDraft {
        options = options == null ? null : Collections.unmodifiableList(new ArrayList<>(options));
    }
}
