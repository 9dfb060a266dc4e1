package com.crmplatform.campaignservice.pageview.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The view counters (campaign_view, sharded) and the day's visitor hashes (campaign_visitor). */
public interface PageViewRepository {

    /** One more view on that day, added to one of the day's shards. */
    void addView(UUID campaignId, LocalDate day, int shard);

    /** Remembers the visitor for that day; nothing when already there. */
    void addVisitor(UUID campaignId, LocalDate day, byte[] visitor);

    /** Days with views or visitors from {@code from} to {@code to} inclusive, oldest first. */
    List<DailyViews> daily(UUID campaignId, LocalDate from, LocalDate to);
}
