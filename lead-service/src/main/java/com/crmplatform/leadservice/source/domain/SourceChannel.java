package com.crmplatform.leadservice.source.domain;

import com.crmplatform.contracts.lead.LeadSource;

/**
 * One of the tenant's own source channels (e.g. a particular trade show), extending the built-in sources. It
 * belongs under a built-in {@link LeadSource}, which a lead captured through it gets, so every service that only
 * knows the built-in sources still understands the lead.
 *
 * @param code upper-case letters, digits and underscores, unique in the tenant, never a built-in source's name
 * @param active an inactive channel stays on its leads but cannot be given to new ones
 */
public record SourceChannel(String code, String label, LeadSource source, boolean active) {

    /** What a channel code looks like (the API and the CSV import check it). */
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,39}$";

    public static final String CODE_MESSAGE =
            "must start with an upper-case letter, then 1-39 upper-case letters, digits or underscores";
}
