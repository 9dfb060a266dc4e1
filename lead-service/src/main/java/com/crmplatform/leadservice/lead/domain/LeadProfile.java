package com.crmplatform.leadservice.lead.domain;

import java.util.Map;

/**
 * What else is known about a lead.
 *
 * @param customFields free fields, e.g. collected by a campaign form (at most 50, keys ≤ 64, values ≤ 1000 chars)
 */
public record LeadProfile(String industry, String city, String notes, Map<String, String> customFields) {

    public static final LeadProfile EMPTY = new LeadProfile(null, null, null, Map.of());

    public LeadProfile {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
