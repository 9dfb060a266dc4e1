package com.crmplatform.campaignservice.campaign.domain;

/** The moves of a campaign's status machine. */
public enum CampaignAction {
    PUBLISH,
    CLOSE,
    CANCEL
}
