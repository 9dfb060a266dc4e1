package com.crmplatform.campaignservice.campaigntype.web;

import com.crmplatform.campaignservice.campaigntype.domain.CampaignType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/campaigns/types}: a new own type; an absent {@code active} is true. */
record NewCampaignTypeRequest(
        @NotNull @Pattern(regexp = CampaignType.CODE_PATTERN, message = CampaignType.CODE_MESSAGE)
        String code,

        @NotBlank @Size(max = 100) String label,
        Boolean active) {

    CampaignType toType() {
        return new CampaignTypeRequest(label, active).toType(code);
    }
}
