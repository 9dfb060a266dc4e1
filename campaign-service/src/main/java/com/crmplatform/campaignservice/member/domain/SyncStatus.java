package com.crmplatform.campaignservice.member.domain;

/** Whether a member was taken into the lead pool or the customer list (written by the sync). */
public enum SyncStatus {
    PENDING,
    SYNCED,
    FAILED
}
