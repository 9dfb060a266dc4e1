package com.crmplatform.campaignservice.publicpage.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;

/** The campaign's link worked but the campaign is over (closed, or past its end): 410 GONE, reason CAMPAIGN_CLOSED. */
public class CampaignClosedException extends CrmException {

    public static final String REASON = "CAMPAIGN_CLOSED";

    public CampaignClosedException() {
        super(ErrorCode.GONE, REASON, "The campaign has ended and no longer takes sign-ups");
    }
}
