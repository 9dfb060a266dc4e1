package com.crmplatform.leadservice.source.web;

import com.crmplatform.leadservice.source.domain.SourceChannel;
import com.crmplatform.leadservice.source.domain.SourceChannelService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's catalogue of lead sources: everyone working with leads reads it, admins extend it. A literal path
 * under {@code /api/v1/leads}, so it wins over {@code /{id}} (as {@code /auto-assignment} does).
 */
@RestController
@RequestMapping("/api/v1/leads/sources")
@PreAuthorize("hasRole('crm-admin')")
class SourceCatalogueController {

    private final SourceChannelService sources;

    SourceCatalogueController(SourceChannelService sources) {
        this.sources = sources;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing')")
    SourceCatalogueResponse catalogue(CurrentUser user) {
        return SourceCatalogueResponse.from(sources.catalogue(user));
    }

    @PostMapping
    ResponseEntity<SourceChannelResponse> create(
            @Valid @RequestBody NewSourceChannelRequest request, CurrentUser user) {
        SourceChannel channel = sources.create(request.toChannel(), user);
        return ResponseEntity.created(URI.create("/api/v1/leads/sources/" + channel.code()))
                .body(SourceChannelResponse.from(channel));
    }

    @PutMapping("/{code}")
    SourceChannelResponse update(
            @PathVariable String code, @Valid @RequestBody SourceChannelRequest request, CurrentUser user) {
        return SourceChannelResponse.from(sources.update(request.toChannel(code), user));
    }
}
