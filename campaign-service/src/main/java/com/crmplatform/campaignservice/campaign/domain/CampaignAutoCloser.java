package com.crmplatform.campaignservice.campaign.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes every PUBLISHED campaign whose end has passed, with a {@code closed.v1} event whose {@code changedBy} is
 * {@code system}. Runs every {@code crm.campaign.auto-close-interval}; several instances share the work
 * ({@code SKIP LOCKED}), one batch per transaction.
 */
@Component
public class CampaignAutoCloser {

    /** The {@code changedBy} of the automatic close. */
    public static final String SYSTEM = "system";

    static final int BATCH_SIZE = 200;

    private static final Logger log = LoggerFactory.getLogger(CampaignAutoCloser.class);

    private final CampaignRepository campaigns;
    private final CampaignService service;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CampaignAutoCloser(
            CampaignRepository campaigns, CampaignService service, TransactionTemplate transaction, Clock clock) {
        this.campaigns = campaigns;
        this.service = service;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${crm.campaign.auto-close-interval:1m}",
            initialDelayString = "${crm.campaign.auto-close-initial-delay:30s}")
    void scheduled() {
        int closed = closeEnded(clock.instant());
        if (closed > 0) {
            log.info("Closed {} campaigns whose end had passed", closed);
        }
    }

    /** Closes every campaign that ended by {@code now}; returns how many this call closed. */
    public int closeEnded(Instant now) {
        int total = 0;
        int closed;
        do {
            Integer batch = transaction.execute(status -> closeBatch(now));
            closed = batch == null ? 0 : batch;
            total += closed;
        } while (closed == BATCH_SIZE);
        return total;
    }

    private int closeBatch(Instant now) {
        List<Campaign> ended = campaigns.lockEnded(now, BATCH_SIZE);
        for (Campaign campaign : ended) {
            service.closed(campaign, campaign.closed(now), SYSTEM);
        }
        return ended.size();
    }
}
