package com.crmplatform.campaignservice.campaign.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Campaigns, always read within a tenant (but by their public link token). */
public interface CampaignRepository {

    void insert(Campaign campaign);

    Optional<Campaign> find(String tenant, UUID id);

    /** The campaign, locked for the rest of the transaction. */
    Optional<Campaign> lock(String tenant, UUID id);

    /** The campaign whose promotion link has this token, in whatever tenant and status. */
    Optional<Campaign> findByLinkToken(String token);

    /** Writes the changed campaign if it still has {@code expectedVersion}; false otherwise. */
    boolean update(Campaign campaign, int expectedVersion);

    PageResponse<Campaign> search(String tenant, CampaignFilter filter, PageQuery page);

    /** True when the campaign has members (rows in campaign_member). */
    boolean hasMembers(UUID id);

    /** Deletes the campaign with its forms and page views. */
    void delete(String tenant, UUID id);

    /** Up to {@code limit} PUBLISHED campaigns (of any tenant) that ended by {@code now}, locked, skipping locked ones. */
    List<Campaign> lockEnded(Instant now, int limit);
}
