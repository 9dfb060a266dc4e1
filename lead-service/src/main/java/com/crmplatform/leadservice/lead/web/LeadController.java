package com.crmplatform.leadservice.lead.web;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadFilter;
import com.crmplatform.leadservice.lead.domain.LeadService;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-sales', 'crm-marketing')")
class LeadController {

    private final LeadService leads;

    LeadController(LeadService leads) {
        this.leads = leads;
    }

    @PostMapping
    ResponseEntity<LeadResponse> capture(
            @Valid @RequestBody CreateLeadRequest request,
            @RequestParam(defaultValue = "false") boolean allowDuplicate,
            CurrentUser user) {
        Lead lead = leads.capture(request.toNewLead(), allowDuplicate, user);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id()))
                .eTag(etag(lead))
                .body(LeadResponse.from(lead));
    }

    @GetMapping("/{id}")
    ResponseEntity<LeadResponse> get(@PathVariable UUID id, CurrentUser user) {
        Lead lead = leads.get(id, user);
        return ResponseEntity.ok().eTag(etag(lead)).body(LeadResponse.from(lead));
    }

    @GetMapping
    PageResponse<LeadResponse> list(
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) @Size(max = 40) String channel,
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Instant createdFrom,
            @RequestParam(required = false) Instant createdTo,
            @RequestParam(required = false) @Size(max = 100) String keyword,
            @Sortable(
                            value = {"createdAt", "updatedAt", "name", "company", "nextFollowUpAt", "lastFollowUpAt"},
                            defaultSort = "createdAt,desc")
                    PageQuery page,
            CurrentUser user) {
        LeadFilter filter = new LeadFilter(
                status, source, channel, campaignId, ownerId, scope(scope), createdFrom, createdTo, keyword, null);
        return leads.list(filter, page, user).map(LeadResponse::from);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    ResponseEntity<LeadResponse> update(
            @PathVariable UUID id,
            @Valid @RequestBody UpdateLeadRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestParam(defaultValue = "false") boolean allowDuplicate,
            CurrentUser user) {
        int version = expectedVersion(request.version(), ifMatch);
        Lead lead = leads.update(id, request.toEdit(), version, allowDuplicate, user);
        return ResponseEntity.ok().eTag(etag(lead)).body(LeadResponse.from(lead));
    }

    @PostMapping("/{id}/invalidate")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-sales')")
    LeadResponse invalidate(
            @PathVariable UUID id, @Valid @RequestBody InvalidateLeadRequest request, CurrentUser user) {
        return LeadResponse.from(leads.invalidate(id, request.reason().strip(), user));
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasRole('crm-admin')")
    LeadResponse restore(@PathVariable UUID id, CurrentUser user) {
        return LeadResponse.from(leads.restore(id, user));
    }

    private static String etag(Lead lead) {
        return "\"" + lead.version() + "\"";
    }

    /** The version the client read: {@code version} in the body, else {@code If-Match: "3"} (or {@code W/"3"}). */
    static int expectedVersion(Integer bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidRequestException(
                    "version", "NotNull", "the version you read is required (body 'version' or If-Match header)");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            int version = Integer.parseInt(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InvalidRequestException("If-Match", "InvalidFormat", "If-Match must be a version such as \"3\"");
    }

    private static LeadFilter.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        return switch (scope.strip().toLowerCase(Locale.ROOT)) {
            case "pool" -> LeadFilter.Scope.POOL;
            case "mine" -> LeadFilter.Scope.MINE;
            default -> throw new InvalidRequestException("scope", "InvalidValue", "scope must be pool or mine");
        };
    }
}
