package com.crmplatform.leadservice.source.web;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.source.domain.SourceChannel;

/** A tenant's source channel as clients see it. */
record SourceChannelResponse(String code, String label, LeadSource source, boolean active) {

    static SourceChannelResponse from(SourceChannel channel) {
        return new SourceChannelResponse(channel.code(), channel.label(), channel.source(), channel.active());
    }
}
