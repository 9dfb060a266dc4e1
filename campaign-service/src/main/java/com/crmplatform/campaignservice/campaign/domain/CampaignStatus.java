package com.crmplatform.campaignservice.campaign.domain;

import com.crmplatform.platform.error.ConflictException;
import java.util.Map;

/**
 * Where a campaign is: DRAFT (editable, its form not public) → PUBLISHED (an online campaign's form accepts
 * submissions between start and end) → CLOSED (by hand, or by the job once it has ended); DRAFT or PUBLISHED →
 * CANCELLED. CLOSED and CANCELLED are final. The names are stored and published, so they never change.
 */
public enum CampaignStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    CANCELLED;

    /** True for CLOSED and CANCELLED: nothing but the actual cost and the description may change any more. */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    public boolean allows(CampaignAction action) {
        return switch (action) {
            case PUBLISH -> this == DRAFT;
            case CLOSE -> this == PUBLISHED;
            case CANCEL -> this == DRAFT || this == PUBLISHED;
        };
    }

    /** The status {@code action} leads to. */
    public static CampaignStatus after(CampaignAction action) {
        return switch (action) {
            case PUBLISH -> PUBLISHED;
            case CLOSE -> CLOSED;
            case CANCEL -> CANCELLED;
        };
    }

    /** Throws 409 {@code ILLEGAL_TRANSITION} (with {@code status} and {@code action}) unless the move is allowed. */
    public void require(CampaignAction action) {
        if (!allows(action)) {
            throw new ConflictException(
                    "ILLEGAL_TRANSITION",
                    "The campaign is " + name() + "; " + action.name() + " is not allowed in that status",
                    Map.of("status", name(), "action", action.name()));
        }
    }
}
