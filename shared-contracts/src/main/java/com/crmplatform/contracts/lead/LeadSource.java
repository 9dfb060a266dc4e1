package com.crmplatform.contracts.lead;

/** The channel a lead came from (线索来源). The catalogue is fixed; {@link #OTHER} covers the rest. */
public enum LeadSource {
    TRADE_SHOW,
    ADVERTISING,
    WEBSITE,
    WEBINAR,
    WHITEPAPER,
    REFERRAL,
    COLD_CALL,
    OTHER
}
