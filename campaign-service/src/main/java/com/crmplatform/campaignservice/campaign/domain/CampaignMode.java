package com.crmplatform.campaignservice.campaign.domain;

/** ONLINE: a public form behind a promotion link and QR code; OFFLINE: members are entered by hand. */
public enum CampaignMode {
    ONLINE,
    OFFLINE
}
