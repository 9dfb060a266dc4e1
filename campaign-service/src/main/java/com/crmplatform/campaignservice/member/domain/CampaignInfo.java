package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.campaignservice.form.domain.CampaignForm;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the member features read of a campaign (owned by the campaign feature) and its current form.
 *
 * @param form the current form version, or null while the campaign has none
 */
public record CampaignInfo(
        UUID id,
        String tenant,
        String name,
        String type,
        String mode,
        String status,
        Instant startAt,
        Instant endAt,
        String description,
        String targetObject,
        boolean autoSync,
        CampaignForm form) {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String CLOSED = "CLOSED";
    public static final String ONLINE = "ONLINE";

    public Optional<CampaignForm> currentForm() {
        return Optional.ofNullable(form);
    }
}
