package com.crmplatform.campaignservice.publicpage.domain;

import com.crmplatform.campaignservice.form.domain.FormField;
import java.time.Instant;
import java.util.List;

/** All the public may see of a campaign: its name, description, time span and form. */
public record PublicForm(String name, String description, Instant startAt, Instant endAt, List<FormField> fields) {

    public PublicForm {
        fields = List.copyOf(fields);
    }
}
