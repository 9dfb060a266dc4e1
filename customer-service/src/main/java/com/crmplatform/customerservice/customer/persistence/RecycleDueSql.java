package com.crmplatform.customerservice.customer.persistence;

/**
 * The one SQL definition of "when do the recycling rules take an owned customer back", over the customer table
 * aliased {@code c}. Both day counts are counted from when the current owner got the customer ({@code owned_since}),
 * so a colleague's long silence is never held against a new owner. Each method takes the SQL expressions of the
 * rule values: bind parameters for one tenant (the list filter) or per-tenant columns (the recycling job).
 */
public final class RecycleDueSql {

    private RecycleDueSql() {}

    /** Owned, live, and not exempt because of a deal (an active or completed contract: {@code DEAL}). */
    public static String recyclable(String exemptWithDeal) {
        return "c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND c.owned_since IS NOT NULL AND NOT ("
                + exemptWithDeal + " AND c.deal_status = 'DEAL')";
    }

    /** The no-follow-up rule: N days after the later of the last follow-up and the owner getting the customer. */
    public static String followUpDueAt(String noFollowUpDays) {
        return "(GREATEST(c.owned_since, c.last_follow_up_at) + " + noFollowUpDays + " * INTERVAL '1 day')";
    }

    /**
     * The no-deal rule: M days after the owner got the customer; NULL (never) once there is a deal. An opportunity
     * in progress ({@code IN_PROGRESS}) does not stop the clock: it is not a deal yet.
     */
    public static String dealDueAt(String noDealDays) {
        return "(CASE WHEN c.deal_status = 'DEAL' THEN NULL ELSE c.owned_since + " + noDealDays
                + " * INTERVAL '1 day' END)";
    }

    /** Whichever rule is due first (LEAST ignores the NULL of a customer with a deal). */
    public static String dueAt(String noFollowUpDays, String noDealDays) {
        return "LEAST(" + followUpDueAt(noFollowUpDays) + ", " + dealDueAt(noDealDays) + ")";
    }
}
