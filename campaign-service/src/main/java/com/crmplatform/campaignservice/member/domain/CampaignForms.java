package com.crmplatform.campaignservice.member.domain;

import java.util.Optional;
import java.util.UUID;

/** Read-only access to campaigns and their current forms (the campaign feature owns and writes them). */
public interface CampaignForms {

    /** The tenant's campaign with its current form; empty for an unknown id or another tenant's campaign. */
    Optional<CampaignInfo> find(String tenant, UUID campaignId);

    /** The campaign whose promotion link carries this token, with its current form. */
    Optional<CampaignInfo> findByLinkToken(String token);
}
