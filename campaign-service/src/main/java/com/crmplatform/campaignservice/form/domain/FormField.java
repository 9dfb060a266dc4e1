package com.crmplatform.campaignservice.form.domain;

import java.util.List;

/**
 * One field of a campaign's capture form, in display order. A catalogue field ({@link CatalogueField}) has the
 * catalogue's key and type TEXT; a custom field has its own key.
 *
 * @param key stable within the form: answers are stored under it
 * @param label what the person sees
 * @param type the kind of answer
 * @param required whether an answer (for CONSENT: a tick) is needed
 * @param options the choices of SINGLE_CHOICE and MULTI_CHOICE fields, else empty
 */
public record FormField(String key, String label, FieldType type, boolean required, List<String> options) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean isCatalogue() {
        return CatalogueField.byKey(key).isPresent();
    }
}
