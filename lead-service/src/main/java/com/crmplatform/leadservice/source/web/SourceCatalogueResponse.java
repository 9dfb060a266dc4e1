package com.crmplatform.leadservice.source.web;

import com.crmplatform.leadservice.source.domain.BuiltInSource;
import com.crmplatform.leadservice.source.domain.SourceCatalogue;
import java.util.List;

/** {@code GET /api/v1/leads/sources}: the built-in sources, then the tenant's channels. */
record SourceCatalogueResponse(List<BuiltInSource> builtIn, List<SourceChannelResponse> channels) {

    static SourceCatalogueResponse from(SourceCatalogue catalogue) {
        return new SourceCatalogueResponse(
                catalogue.builtIn(),
                catalogue.channels().stream().map(SourceChannelResponse::from).toList());
    }
}
