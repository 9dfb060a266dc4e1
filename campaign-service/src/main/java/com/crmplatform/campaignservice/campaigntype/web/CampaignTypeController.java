package com.crmplatform.campaignservice.campaigntype.web;

import com.crmplatform.campaignservice.campaigntype.domain.CampaignType;
import com.crmplatform.campaignservice.campaigntype.domain.CampaignTypeService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
 * The tenant's catalogue of campaign types. Under {@code /api/v1/campaigns} (the gateway routes only that prefix to
 * this service), a literal path that wins over {@code /{id}}, as lead-service's {@code /api/v1/leads/sources}.
 */
@RestController
@RequestMapping("/api/v1/campaigns/types")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
class CampaignTypeController {

    private final CampaignTypeService types;

    CampaignTypeController(CampaignTypeService types) {
        this.types = types;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing', 'crm-sales', 'crm-finance')")
    List<CampaignTypeResponse> catalogue(CurrentUser user) {
        return types.catalogue(user.tenant()).stream()
                .map(CampaignTypeResponse::from)
                .toList();
    }

    @PostMapping
    ResponseEntity<CampaignTypeResponse> create(@Valid @RequestBody NewCampaignTypeRequest request, CurrentUser user) {
        CampaignType type = types.create(request.toType(), user);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/types/" + type.code()))
                .body(CampaignTypeResponse.from(type));
    }

    @PutMapping("/{code}")
    CampaignTypeResponse update(
            @PathVariable String code, @Valid @RequestBody CampaignTypeRequest request, CurrentUser user) {
        return CampaignTypeResponse.from(types.update(request.toType(code), user));
    }
}
