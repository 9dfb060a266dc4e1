package com.crmplatform.campaignservice.campaigntype.web;

import com.crmplatform.campaignservice.campaigntype.domain.CampaignType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/v1/campaigns/types/{code}}: the type as a whole; an absent {@code active} is true. */
record CampaignTypeRequest(@NotBlank @Size(max = 100) String label, Boolean active) {

    CampaignType toType(String code) {
        return CampaignType.own(code, label.strip(), active == null || active);
    }
}
