package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.platform.error.ConflictException;
import java.util.Map;

/**
 * Where a lead is in its life: NEW (in the pool, or just captured) → ASSIGNED → FOLLOWING → CONVERTED, or INVALID.
 * Ownership moves (assign, claim, release, transfer, recycle), follow-ups, edits and invalidation need an open
 * lead (NEW, ASSIGNED, FOLLOWING); only an INVALID lead can be restored; a CONVERTED lead is final.
 */
public enum LeadStatus {
    NEW,
    ASSIGNED,
    FOLLOWING,
    CONVERTED,
    INVALID;

    public boolean isOpen() {
        return this == NEW || this == ASSIGNED || this == FOLLOWING;
    }

    public boolean allows(LeadAction action) {
        return action == LeadAction.RESTORE ? this == INVALID : isOpen();
    }

    /** Throws 409 {@code ILLEGAL_TRANSITION} unless the action is allowed in this status. */
    public void require(LeadAction action) {
        if (!allows(action)) {
            throw new ConflictException(
                    "ILLEGAL_TRANSITION",
                    "The lead is " + name() + "; " + action.name() + " is not allowed in that status",
                    Map.of("status", name(), "action", action.name()));
        }
    }
}
