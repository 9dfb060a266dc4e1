package com.crmplatform.campaignservice.publicpage.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;

/**
 * The campaign's link worked but the campaign is over (closed, or past its end): reason {@code CAMPAIGN_CLOSED}.
 * The public controllers answer it with 410 Gone; the platform's {@link ErrorCode} has no 410 yet, so the code it
 * carries (CONFLICT, 409) applies only if it ever reaches the shared handler.
 */
public class CampaignClosedException extends CrmException {

    public static final String REASON = "CAMPAIGN_CLOSED";

    public CampaignClosedException() {
        super(ErrorCode.CONFLICT, REASON, "The campaign has ended and no longer takes sign-ups");
    }
}
