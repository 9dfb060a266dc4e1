package com.crmplatform.campaignservice.campaigntype.domain;

import java.util.Arrays;
import java.util.Optional;

/** The campaign types every tenant has; a tenant adds its own beside them ({@link CampaignType}). */
public enum BuiltInCampaignType {
    CONFERENCE("Conference", "会议"),
    EXHIBITION("Exhibition", "展会"),
    WEBINAR("Webinar", "网络研讨会"),
    SALON("Salon", "沙龙"),
    ADVERTISING("Advertising", "广告"),
    CONTENT("Content marketing", "内容营销"),
    OTHER("Other", "其他");

    private final String label;
    private final String labelZh;

    BuiltInCampaignType(String label, String labelZh) {
        this.label = label;
        this.labelZh = labelZh;
    }

    public String label() {
        return label;
    }

    public String labelZh() {
        return labelZh;
    }

    public static Optional<BuiltInCampaignType> byCode(String code) {
        return Arrays.stream(values()).filter(type -> type.name().equals(code)).findFirst();
    }

    CampaignType asType() {
        return new CampaignType(name(), label, true, true);
    }
}
