package com.crmplatform.campaignservice.form.domain;

import java.util.List;
import java.util.UUID;

/**
 * One version of a campaign's form. Members keep the version they answered.
 *
 * @param campaignId the campaign
 * @param version 1 for the first form saved, then one more per change
 * @param fields the fields in display order
 */
public record CampaignForm(UUID campaignId, int version, List<FormField> fields) {

    public CampaignForm {
        fields = List.copyOf(fields);
    }
}
