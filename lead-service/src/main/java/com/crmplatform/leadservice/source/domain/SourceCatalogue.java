package com.crmplatform.leadservice.source.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.util.Arrays;
import java.util.List;

/** What a tenant can pick a lead's source from: the built-in sources, then the tenant's own channels. */
public record SourceCatalogue(List<BuiltInSource> builtIn, List<SourceChannel> channels) {

    static SourceCatalogue of(List<SourceChannel> channels) {
        return new SourceCatalogue(
                Arrays.stream(LeadSource.values()).map(BuiltInSource::of).toList(), channels);
    }
}
