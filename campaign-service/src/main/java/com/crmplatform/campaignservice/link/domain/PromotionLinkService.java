package com.crmplatform.campaignservice.link.domain;

import com.crmplatform.campaignservice.campaign.domain.Campaign;
import com.crmplatform.campaignservice.campaign.domain.CampaignService;
import com.crmplatform.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotion links of online campaigns (推广链接): issued when the campaign is published, regenerated on demand (the old
 * token then stops working). 409 {@code CAMPAIGN_OFFLINE} for an offline campaign, 409 {@code CAMPAIGN_NOT_PUBLISHED}
 * before publishing; 404 for a campaign the tenant does not have.
 */
@Service
public class PromotionLinkService {

    private final CampaignService campaigns;
    private final String publicBaseUrl;

    PromotionLinkService(
            CampaignService campaigns,
            @Value("${crm.campaign.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.campaigns = campaigns;
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Transactional(readOnly = true)
    public PromotionLink link(UUID campaignId, CurrentUser user) {
        return linkOf(campaigns.get(campaignId, user));
    }

    /** A new token for a published online campaign (409 {@code CAMPAIGN_NOT_PUBLISHED} in any other status). */
    @Transactional
    public PromotionLink regenerate(UUID campaignId, CurrentUser user) {
        return linkOf(campaigns.regenerateLink(campaignId, user));
    }

    /** The public address of a link token. */
    public String urlOf(String token) {
        return publicBaseUrl + "/p/" + token;
    }

    private PromotionLink linkOf(Campaign campaign) {
        String token = campaign.requireLinkToken();
        return new PromotionLink(urlOf(token), token);
    }
}
