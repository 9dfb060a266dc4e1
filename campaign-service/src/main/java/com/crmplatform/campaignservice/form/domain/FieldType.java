package com.crmplatform.campaignservice.form.domain;

/** What kind of answer a form field takes. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    /** A box the person must tick to agree (e.g. to be contacted); {@code required} means it must be ticked. */
    CONSENT;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }
}
