package com.crmplatform.contracts.campaign;

import com.crmplatform.contracts.event.EventType;
import java.util.List;

/**
 * The events of the campaign aggregate (市场活动) and its members. Owner: campaign-service. Topic {@code crm.campaign},
 * record key = campaign id, so a campaign's events, its members' included, stay in order.
 */
public final class CampaignEvents {

    public static final String TOPIC = "crm.campaign";

    public static final EventType<CampaignChanged> CREATED =
            new EventType<>(TOPIC, "com.crmplatform.campaign.created.v1", CampaignChanged.class);

    /** Basic information, the form or the settings changed. */
    public static final EventType<CampaignChanged> UPDATED =
            new EventType<>(TOPIC, "com.crmplatform.campaign.updated.v1", CampaignChanged.class);

    /** The campaign went live: an online campaign's public form accepts submissions between its start and end. */
    public static final EventType<CampaignChanged> PUBLISHED =
            new EventType<>(TOPIC, "com.crmplatform.campaign.published.v1", CampaignChanged.class);

    /** Closed by hand or after its end, or cancelled ({@code status} tells which). */
    public static final EventType<CampaignChanged> CLOSED =
            new EventType<>(TOPIC, "com.crmplatform.campaign.closed.v1", CampaignChanged.class);

    /** A person signed up online or was entered offline; a repeated sign-up of the same person is captured again. */
    public static final EventType<MemberCaptured> MEMBER_CAPTURED =
            new EventType<>(TOPIC, "com.crmplatform.campaign.member-captured.v1", MemberCaptured.class);

    /** A member became (or was linked to) exactly one lead or customer. */
    public static final EventType<MemberSynced> MEMBER_SYNCED =
            new EventType<>(TOPIC, "com.crmplatform.campaign.member-synced.v1", MemberSynced.class);

    public static final List<EventType<CampaignChanged>> CAMPAIGN_CHANGES =
            List.of(CREATED, UPDATED, PUBLISHED, CLOSED);

    private CampaignEvents() {}
}
