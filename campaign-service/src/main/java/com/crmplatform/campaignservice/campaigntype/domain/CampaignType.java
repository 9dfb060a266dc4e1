package com.crmplatform.campaignservice.campaigntype.domain;

/**
 * A type a campaign can have: a built-in one, or one of the tenant's own.
 *
 * @param code upper-case letters, digits and underscores; a tenant's own code is never a built-in one's
 * @param label what people see
 * @param builtIn true for the types every tenant has (they cannot be changed)
 * @param active an inactive type stays on its campaigns but cannot be given to a campaign any more
 */
public record CampaignType(String code, String label, boolean builtIn, boolean active) {

    /** What a tenant's own type code looks like. */
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,31}$";

    public static final String CODE_MESSAGE =
            "must start with an upper-case letter, then 1-31 upper-case letters, digits or underscores";

    /** The tenant's own type. */
    public static CampaignType own(String code, String label, boolean active) {
        return new CampaignType(code, label, false, active);
    }
}
