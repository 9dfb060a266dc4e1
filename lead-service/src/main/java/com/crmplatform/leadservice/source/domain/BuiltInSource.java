package com.crmplatform.leadservice.source.domain;

import com.crmplatform.contracts.lead.LeadSource;

/** A built-in source with its English label, as the catalogue lists it. */
public record BuiltInSource(LeadSource code, String label) {

    static BuiltInSource of(LeadSource source) {
        // A switch without default: a new LeadSource does not compile until it has a label here.
        String label = switch (source) {
            case TRADE_SHOW -> "Trade show";
            case ADVERTISING -> "Advertising";
            case WEBSITE -> "Website";
            case WEBINAR -> "Webinar";
            case WHITEPAPER -> "Whitepaper download";
            case REFERRAL -> "Referral";
            case COLD_CALL -> "Cold call";
            case OTHER -> "Other";
        };
        return new BuiltInSource(source, label);
    }
}
