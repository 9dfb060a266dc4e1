package com.crmplatform.campaignservice.campaigntype.web;

import com.crmplatform.campaignservice.campaigntype.domain.CampaignType;

/** A campaign type as clients see it. */
record CampaignTypeResponse(String code, String label, boolean builtIn, boolean active) {

    static CampaignTypeResponse from(CampaignType type) {
        return new CampaignTypeResponse(type.code(), type.label(), type.builtIn(), type.active());
    }
}
