package com.crmplatform.campaignservice.pageview.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts views of a campaign's public page and form, exactly under concurrency, and unique visitors per day without
 * storing any address (see {@link VisitorHash}). The stats feature reads them with {@link #daily}.
 */
@Service
@EnableConfigurationProperties(PageViewProperties.class)
public class PageViewService {

    /** Rows per campaign and day that views are spread over, so simultaneous views rarely wait on one row lock. */
    static final int SHARDS = 16;

    /** Longest user agent hashed (a client can send any length; the prefix identifies the browser well enough). */
    static final int MAX_USER_AGENT = 512;

    private final PageViewRepository views;
    private final VisitorHash visitorHash;
    private final PageViewProperties properties;
    private final Clock clock;

    PageViewService(PageViewRepository views, PageViewProperties properties, Clock clock) {
        this.views = views;
        this.visitorHash = new VisitorHash(properties.visitorSecret());
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One view of the campaign's public page or form by this client.
     *
     * @param clientAddress the client's address (the first X-Forwarded-For hop behind the gateway), never stored
     * @param userAgent the User-Agent header, or null
     */
    @Transactional
    public void recordView(UUID campaignId, String clientAddress, String userAgent) {
        LocalDate day = today();
        views.addView(campaignId, day, ThreadLocalRandom.current().nextInt(SHARDS));
        String agent = userAgent == null ? "" : userAgent;
        agent = agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent;
        views.addVisitor(campaignId, day, visitorHash.of(clientAddress == null ? "" : clientAddress, agent, day));
    }

    /**
     * Views and unique visitors of one campaign per day (in {@code crm.campaign.view-time-zone}), from {@code from}
     * to {@code to} inclusive, oldest first; days without any view are left out. The caller checks that the campaign
     * belongs to the caller's tenant: campaign_view has no tenant column.
     */
    @Transactional(readOnly = true)
    public List<DailyViews> daily(UUID campaignId, LocalDate from, LocalDate to) {
        return views.daily(campaignId, from, to);
    }

    /** The zone whose calendar days are counted in ({@code crm.campaign.view-time-zone}). */
    public ZoneId timeZone() {
        return properties.viewTimeZone();
    }

    /** Today in the counting time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.viewTimeZone()));
    }
}
