package com.crmplatform.contracts.deal;

import com.crmplatform.contracts.event.EventType;

/**
 * The events of the opportunity aggregate (商机). Owner: deal-service. Topic {@code crm.opportunity}, record key =
 * opportunity id. Every type but {@link #FOLLOWED_UP} carries the opportunity's whole state after the change.
 */
public final class OpportunityEvents {

    public static final String TOPIC = "crm.opportunity";

    public static final EventType<OpportunityChanged> CREATED =
            new EventType<>(TOPIC, "com.crmplatform.opportunity.created.v1", OpportunityChanged.class);

    /** Details edited (name, amount, lines, close date, probability, contacts, owner). */
    public static final EventType<OpportunityChanged> UPDATED =
            new EventType<>(TOPIC, "com.crmplatform.opportunity.updated.v1", OpportunityChanged.class);

    /** Moved between open stages ({@code previousStage} → {@code stage}). */
    public static final EventType<OpportunityChanged> STAGE_CHANGED =
            new EventType<>(TOPIC, "com.crmplatform.opportunity.stage-changed.v1", OpportunityChanged.class);

    public static final EventType<OpportunityChanged> WON =
            new EventType<>(TOPIC, "com.crmplatform.opportunity.won.v1", OpportunityChanged.class);

    /** Closed as lost; {@code lossReason} says why. */
    public static final EventType<OpportunityChanged> LOST =
            new EventType<>(TOPIC, "com.crmplatform.opportunity.lost.v1", OpportunityChanged.class);

    /** An admin reopened a won or lost opportunity. */
    public static final EventType<OpportunityChanged> REOPENED =
            new EventType<>(TOPIC, "com.crmplatform.opportunity.reopened.v1", OpportunityChanged.class);

    public static final EventType<OpportunityFollowedUp> FOLLOWED_UP =
            new EventType<>(TOPIC, "com.crmplatform.opportunity.followed-up.v1", OpportunityFollowedUp.class);

    /** The types that carry an {@link OpportunityChanged}, for consumers that treat them alike. */
    public static final java.util.List<EventType<OpportunityChanged>> STATE_CHANGES =
            java.util.List.of(CREATED, UPDATED, STAGE_CHANGED, WON, LOST, REOPENED);

    private OpportunityEvents() {}
}
