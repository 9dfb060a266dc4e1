package com.crmplatform.campaignservice.campaign.web;

import com.crmplatform.campaignservice.campaign.domain.Campaign;
import com.crmplatform.campaignservice.campaign.domain.CampaignFilter;
import com.crmplatform.campaignservice.campaign.domain.CampaignMode;
import com.crmplatform.campaignservice.campaign.domain.CampaignService;
import com.crmplatform.campaignservice.campaign.domain.CampaignStatus;
import com.crmplatform.campaignservice.campaign.domain.TargetObject;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns: admins and marketing manage them, sales and finance read them. */
@RestController
@RequestMapping("/api/v1/campaigns")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
class CampaignController {

    private static final String READERS = "hasAnyRole('crm-admin', 'crm-marketing', 'crm-sales', 'crm-finance')";

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    ResponseEntity<CampaignResponse> create(@Valid @RequestBody CampaignRequest request, CurrentUser user) {
        Campaign campaign = campaigns.create(request.toDetails(), user);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id()))
                .eTag(etag(campaign))
                .body(CampaignResponse.from(campaign));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    ResponseEntity<CampaignResponse> get(@PathVariable UUID id, CurrentUser user) {
        Campaign campaign = campaigns.get(id, user);
        return ResponseEntity.ok().eTag(etag(campaign)).body(CampaignResponse.from(campaign));
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<CampaignResponse> list(
            @RequestParam(required = false) CampaignStatus status,
            @RequestParam(required = false) CampaignMode mode,
            @RequestParam(required = false) @Size(max = 32) String type,
            @RequestParam(required = false) @Size(max = 64) String ownerId,
            @RequestParam(required = false) TargetObject targetObject,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) @Size(max = 100) String keyword,
            @Sortable(
                            value = {"startAt", "endAt", "createdAt", "updatedAt", "name", "budget"},
                            defaultSort = "startAt,desc")
                    PageQuery page,
            CurrentUser user) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidRequestException("to", "AfterFrom", "to must be after from");
        }
        CampaignFilter filter = new CampaignFilter(
                status, mode, blankToNull(type), blankToNull(ownerId), targetObject, from, to, blankToNull(keyword));
        return campaigns.list(filter, page, user).map(CampaignResponse::from);
    }

    @PutMapping("/{id}")
    ResponseEntity<CampaignResponse> update(
            @PathVariable UUID id,
            @Valid @RequestBody CampaignRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            CurrentUser user) {
        int version = Versions.expected(request.version(), ifMatch);
        Campaign campaign = campaigns.update(id, request.toDetails(), version, user);
        return ResponseEntity.ok().eTag(etag(campaign)).body(CampaignResponse.from(campaign));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, CurrentUser user) {
        campaigns.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    CampaignResponse publish(@PathVariable UUID id, CurrentUser user) {
        return CampaignResponse.from(campaigns.publish(id, user));
    }

    @PostMapping("/{id}/close")
    CampaignResponse close(@PathVariable UUID id, CurrentUser user) {
        return CampaignResponse.from(campaigns.close(id, user));
    }

    @PostMapping("/{id}/cancel")
    CampaignResponse cancel(@PathVariable UUID id, CurrentUser user) {
        return CampaignResponse.from(campaigns.cancel(id, user));
    }

    private static String etag(Campaign campaign) {
        return "\"" + campaign.version() + "\"";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
