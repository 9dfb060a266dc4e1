package com.crmplatform.campaignservice.form.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The versions of campaigns' forms. */
public interface FormRepository {

    void insert(CampaignForm form, String createdBy, Instant createdAt);

    Optional<CampaignForm> find(UUID campaignId, int version);

    /** The highest version stored for the campaign, 0 when none. */
    int latestVersion(UUID campaignId);
}
