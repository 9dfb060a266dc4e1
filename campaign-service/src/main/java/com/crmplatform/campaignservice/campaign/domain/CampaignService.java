package com.crmplatform.campaignservice.campaign.domain;

import com.crmplatform.campaignservice.campaigntype.domain.CampaignTypeService;
import com.crmplatform.contracts.campaign.CampaignChanged;
import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, editing, deleting campaigns and moving them through their statuses, within the caller's tenant.
 * Who may call what is the controllers' business (admin and marketing change, sales and finance read). Every change
 * publishes a {@code crm.campaign} event through the outbox in the same transaction.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignTypeService types;
    private final CampaignOwners owners;
    private final Outbox outbox;
    private final Clock clock;

    CampaignService(
            CampaignRepository campaigns,
            CampaignTypeService types,
            CampaignOwners owners,
            Outbox outbox,
            Clock clock) {
        this.campaigns = campaigns;
        this.types = types;
        this.owners = owners;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Step 1 of the wizard: a DRAFT campaign; its type must be usable in the tenant, its owner a real user. */
    @Transactional
    public Campaign create(CampaignDetails details, CurrentUser user) {
        types.requireUsable(user.tenant(), details.type(), null);
        CampaignDetails owned = details.withOwner(owners.owner(details.ownerId(), null, user));
        Campaign campaign = Campaign.create(user.tenant(), owned, user.id(), clock.instant());
        campaigns.insert(campaign);
        publish(CampaignEvents.CREATED, campaign, user.id());
        return campaign;
    }

    /** The campaign, if it exists in the caller's tenant; otherwise 404 {@code CAMPAIGN_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public Campaign get(UUID id, CurrentUser user) {
        return find(user.tenant(), id).orElseThrow(() -> notFound(id));
    }

    /** The campaign of the tenant, if any (for the other features of this service). */
    @Transactional(readOnly = true)
    public Optional<Campaign> find(String tenant, UUID id) {
        return campaigns.find(tenant, id);
    }

    /**
     * The campaign behind a promotion link token, in whatever status (the public page decides what to show; see
     * {@link Campaign#acceptsSubmissions}); empty for an unknown or replaced token.
     */
    @Transactional(readOnly = true)
    public Optional<Campaign> findByLinkToken(String token) {
        return LinkTokens.looksLikeToken(token) ? campaigns.findByLinkToken(token) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public PageResponse<Campaign> list(CampaignFilter filter, PageQuery page, CurrentUser user) {
        return campaigns.search(user.tenant(), filter, page);
    }

    /**
     * Replaces the basic information if the campaign still has {@code expectedVersion} (else 409
     * {@code STALE_VERSION} with {@code currentVersion}); what may change depends on the status (see
     * {@link Campaign#edited}). A campaign may keep a type that was deactivated since.
     */
    @Transactional
    public Campaign update(UUID id, CampaignDetails edit, int expectedVersion, CurrentUser user) {
        Campaign campaign = lock(id, user);
        if (campaign.version() != expectedVersion) {
            throw stale(campaign.version());
        }
        types.requireUsable(user.tenant(), edit.type(), campaign.details().type());
        CampaignDetails owned =
                edit.withOwner(owners.owner(edit.ownerId(), campaign.details().ownerId(), user));
        Campaign edited = campaign.edited(owned, clock.instant());
        save(edited, campaign.version());
        publish(CampaignEvents.UPDATED, edited, user.id());
        return edited;
    }

    /**
     * Deletes a campaign that has no members (409 {@code CAMPAIGN_HAS_MEMBERS} otherwise: close or cancel it
     * instead), with its forms and page views. No event: the contracts have no deleted type yet.
     */
    @Transactional
    public void delete(UUID id, CurrentUser user) {
        Campaign campaign = lock(id, user);
        // The lock keeps members out meanwhile: adding one checks its foreign key against this row.
        if (campaigns.hasMembers(campaign.id())) {
            throw new ConflictException(
                    "CAMPAIGN_HAS_MEMBERS",
                    "The campaign has members and cannot be deleted; close or cancel it instead",
                    Map.of("status", campaign.status().name()));
        }
        campaigns.delete(user.tenant(), id);
    }

    /** DRAFT → PUBLISHED (see {@link Campaign#published}); an online campaign gets its promotion link. */
    @Transactional
    public Campaign publish(UUID id, CurrentUser user) {
        Campaign campaign = lock(id, user);
        Campaign published = campaign.published(LinkTokens.next(), clock.instant());
        save(published, campaign.version());
        publish(CampaignEvents.PUBLISHED, published, user.id());
        return published;
    }

    /** PUBLISHED → CLOSED by hand. */
    @Transactional
    public Campaign close(UUID id, CurrentUser user) {
        Campaign campaign = lock(id, user);
        return closed(campaign, campaign.closed(clock.instant()), user.id());
    }

    /** DRAFT or PUBLISHED → CANCELLED (published as {@code closed.v1} with status CANCELLED). */
    @Transactional
    public Campaign cancel(UUID id, CurrentUser user) {
        Campaign campaign = lock(id, user);
        return closed(campaign, campaign.cancelled(clock.instant()), user.id());
    }

    /** Writes a move to CLOSED or CANCELLED made by {@code changedBy} (a user, or {@code system} for the job). */
    Campaign closed(Campaign before, Campaign after, String changedBy) {
        save(after, before.version());
        publish(CampaignEvents.CLOSED, after, changedBy);
        return after;
    }

    /** A new promotion link token for a published online campaign; the old token stops working at once. */
    @Transactional
    public Campaign regenerateLink(UUID id, CurrentUser user) {
        Campaign campaign = lock(id, user);
        Campaign renewed = campaign.withNewLinkToken(LinkTokens.next(), clock.instant());
        save(renewed, campaign.version());
        return renewed;
    }

    /**
     * The campaign of the tenant locked for a change by another feature of this service (its form): 404 when the
     * tenant has no such campaign. Runs inside the caller's transaction (the lock lasts until it ends).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Campaign lock(UUID id, CurrentUser user) {
        return campaigns.lock(user.tenant(), id).orElseThrow(() -> notFound(id));
    }

    /** Records a new form version on the locked campaign and publishes {@code updated.v1}, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Campaign formChanged(Campaign locked, int formVersion, CurrentUser user) {
        Campaign changed = locked.withForm(formVersion, clock.instant());
        save(changed, locked.version());
        publish(CampaignEvents.UPDATED, changed, user.id());
        return changed;
    }

    private void save(Campaign changed, int expectedVersion) {
        if (!campaigns.update(changed, expectedVersion)) {
            int current = campaigns
                    .find(changed.tenant(), changed.id())
                    .map(Campaign::version)
                    .orElse(expectedVersion);
            throw stale(current);
        }
    }

    private void publish(EventType<CampaignChanged> type, Campaign campaign, String changedBy) {
        outbox.publish(type, campaign.id(), campaign.tenant(), campaign.changed(changedBy));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Campaign", id);
    }

    private static StaleVersionException stale(int currentVersion) {
        return new StaleVersionException(
                "The campaign was changed by someone else; reload it and try again", currentVersion);
    }
}
