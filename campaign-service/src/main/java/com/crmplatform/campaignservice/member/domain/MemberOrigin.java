package com.crmplatform.campaignservice.member.domain;

/** How a member came in. */
public enum MemberOrigin {
    /** Through the campaign's public form (page or JSON). */
    ONLINE,
    /** Entered or imported by marketing (business cards, sign-up sheets). */
    OFFLINE
}
