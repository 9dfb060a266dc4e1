package com.crmplatform.campaignservice.campaign.domain;

/** What a campaign's members become when they are synced (关联对象): leads or customers. */
public enum TargetObject {
    LEAD,
    CUSTOMER
}
