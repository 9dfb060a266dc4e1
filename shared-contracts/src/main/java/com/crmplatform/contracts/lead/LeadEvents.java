package com.crmplatform.contracts.lead;

import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.event.EventType;

/** The events of the lead aggregate. Owner: lead-service. Topic {@code crm.lead}, record key = lead id. */
public final class LeadEvents {

    /** One topic for the lead aggregate; the record key is the lead id, so a lead's events stay in order. */
    public static final String TOPIC = "crm.lead";

    public static final EventType<LeadCreated> CREATED =
            new EventType<>(TOPIC, "com.crmplatform.lead.created.v1", LeadCreated.class);

    public static final EventType<LeadUpdated> UPDATED =
            new EventType<>(TOPIC, "com.crmplatform.lead.updated.v1", LeadUpdated.class);

    public static final EventType<LeadInvalidated> INVALIDATED =
            new EventType<>(TOPIC, "com.crmplatform.lead.invalidated.v1", LeadInvalidated.class);

    public static final EventType<LeadRestored> RESTORED =
            new EventType<>(TOPIC, "com.crmplatform.lead.restored.v1", LeadRestored.class);

    public static final EventType<LeadAssigned> ASSIGNED =
            new EventType<>(TOPIC, "com.crmplatform.lead.assigned.v1", LeadAssigned.class);

    public static final EventType<LeadClaimed> CLAIMED =
            new EventType<>(TOPIC, "com.crmplatform.lead.claimed.v1", LeadClaimed.class);

    public static final EventType<LeadReleased> RELEASED =
            new EventType<>(TOPIC, "com.crmplatform.lead.released.v1", LeadReleased.class);

    public static final EventType<LeadTransferred> TRANSFERRED =
            new EventType<>(TOPIC, "com.crmplatform.lead.transferred.v1", LeadTransferred.class);

    public static final EventType<LeadRecycled> RECYCLED =
            new EventType<>(TOPIC, "com.crmplatform.lead.recycled.v1", LeadRecycled.class);

    public static final EventType<LeadFollowedUp> FOLLOWED_UP =
            new EventType<>(TOPIC, "com.crmplatform.lead.followed-up.v1", LeadFollowedUp.class);

    public static final EventType<LeadConverted> CONVERTED =
            new EventType<>(TOPIC, "com.crmplatform.lead.converted.v1", LeadConverted.class);

    /** A campaign member was taken in as a lead (auto-sync): created in the pool, linked to a lead, or failed. */
    public static final EventType<MemberIntakeResult> CAMPAIGN_MEMBER_TAKEN =
            new EventType<>(TOPIC, "com.crmplatform.lead.campaign-member-taken.v1", MemberIntakeResult.class);

    private LeadEvents() {}
}
