package com.crmplatform.campaignservice.campaign.domain;

import com.crmplatform.contracts.campaign.CampaignChanged;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.InvalidRequestException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A marketing campaign (市场活动): its basic information, where it is in its life, its current form version and (an
 * online campaign, from publishing on) the secret token of its promotion link. Every change answers a new value with
 * {@code version} one higher; the repository writes it only over the version it was read at.
 *
 * @param formVersion the current form's version; null until a form was saved
 * @param linkToken the promotion link's token; null for an offline campaign and before publishing
 */
public record Campaign(
        UUID id,
        String tenant,
        CampaignDetails details,
        CampaignStatus status,
        Integer formVersion,
        String linkToken,
        Instant linkIssuedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant closedAt,
        int version) {

    /** A new DRAFT campaign of the tenant. */
    public static Campaign create(String tenant, CampaignDetails details, String createdBy, Instant now) {
        requireEndAfterStart(details);
        return new Campaign(
                UUID.randomUUID(),
                tenant,
                details,
                CampaignStatus.DRAFT,
                null,
                null,
                null,
                createdBy,
                now,
                now,
                null,
                null,
                0);
    }

    /**
     * The campaign with new basic information. A DRAFT takes any; a PUBLISHED one keeps its mode and target object
     * (its link, form and members depend on them) and must still end in the future; a CLOSED or CANCELLED one only
     * takes a new actual cost and description. Anything else is 409 {@code CAMPAIGN_NOT_EDITABLE} ({@code status},
     * {@code field}).
     */
    public Campaign edited(CampaignDetails edit, Instant now) {
        requireEndAfterStart(edit);
        switch (status) {
            case DRAFT -> {}
            case PUBLISHED -> {
                if (edit.mode() != details.mode()) {
                    throw notEditable("mode");
                }
                if (edit.targetObject() != details.targetObject()) {
                    throw notEditable("targetObject");
                }
                if (!edit.endAt().isAfter(now) && !edit.endAt().equals(details.endAt())) {
                    throw new InvalidRequestException(
                            "endAt", "Future", "a published campaign's endAt must be in the future");
                }
            }
            case CLOSED, CANCELLED -> {
                if (!details.differsOnlyInCostAndDescription(edit)) {
                    throw notEditable(null);
                }
            }
        }
        return new Campaign(
                id,
                tenant,
                edit,
                status,
                formVersion,
                linkToken,
                linkIssuedAt,
                createdBy,
                createdAt,
                now,
                publishedAt,
                closedAt,
                version + 1);
    }

    /**
     * DRAFT → PUBLISHED: needs a form (409 {@code FORM_REQUIRED}) and an end in the future (409
     * {@code CAMPAIGN_ENDED}). An online campaign gets its promotion link's token.
     */
    public Campaign published(String newLinkToken, Instant now) {
        status.require(CampaignAction.PUBLISH);
        if (formVersion == null) {
            throw new ConflictException(
                    "FORM_REQUIRED", "Save the campaign's form (PUT /form) before publishing it", Map.of());
        }
        if (!details.endAt().isAfter(now)) {
            throw new ConflictException(
                    "CAMPAIGN_ENDED",
                    "The campaign ended at " + details.endAt() + "; move its endAt into the future to publish it",
                    Map.of("endAt", details.endAt().toString()));
        }
        boolean online = details.mode() == CampaignMode.ONLINE;
        return new Campaign(
                id,
                tenant,
                details,
                CampaignStatus.PUBLISHED,
                formVersion,
                online ? newLinkToken : null,
                online ? now : null,
                createdBy,
                createdAt,
                now,
                now,
                null,
                version + 1);
    }

    /** PUBLISHED → CLOSED (by hand, or by the job once the campaign has ended). */
    public Campaign closed(Instant now) {
        return ended(CampaignAction.CLOSE, now);
    }

    /** DRAFT or PUBLISHED → CANCELLED. */
    public Campaign cancelled(Instant now) {
        return ended(CampaignAction.CANCEL, now);
    }

    private Campaign ended(CampaignAction action, Instant now) {
        status.require(action);
        return new Campaign(
                id,
                tenant,
                details,
                CampaignStatus.after(action),
                formVersion,
                linkToken,
                linkIssuedAt,
                createdBy,
                createdAt,
                now,
                publishedAt,
                now,
                version + 1);
    }

    /**
     * The campaign with a new form version (a DRAFT or PUBLISHED campaign; 409 {@code CAMPAIGN_NOT_EDITABLE} once it
     * is CLOSED or CANCELLED).
     */
    public Campaign withForm(int newFormVersion, Instant now) {
        requireFormEditable();
        return new Campaign(
                id,
                tenant,
                details,
                status,
                newFormVersion,
                linkToken,
                linkIssuedAt,
                createdBy,
                createdAt,
                now,
                publishedAt,
                closedAt,
                version + 1);
    }

    /** 409 {@code CAMPAIGN_NOT_EDITABLE} when the campaign is CLOSED or CANCELLED. */
    public void requireFormEditable() {
        if (status.isFinal()) {
            throw notEditable("form");
        }
    }

    /**
     * The campaign with a new promotion link token; the old one stops working. Only while PUBLISHED and online (409
     * {@code CAMPAIGN_OFFLINE}, {@code CAMPAIGN_NOT_PUBLISHED}). Not a change of the campaign's information: the
     * version stays.
     */
    public Campaign withNewLinkToken(String token, Instant now) {
        requireOnline();
        if (status != CampaignStatus.PUBLISHED) {
            throw new ConflictException(
                    "CAMPAIGN_NOT_PUBLISHED",
                    "The campaign is " + status + "; only a published campaign's link can be regenerated",
                    Map.of("status", status.name()));
        }
        return new Campaign(
                id,
                tenant,
                details,
                status,
                formVersion,
                token,
                now,
                createdBy,
                createdAt,
                updatedAt,
                publishedAt,
                closedAt,
                version);
    }

    /**
     * The promotion link's token: 409 {@code CAMPAIGN_OFFLINE} for an offline campaign, 409
     * {@code CAMPAIGN_NOT_PUBLISHED} before it was published.
     */
    public String requireLinkToken() {
        requireOnline();
        if (linkToken == null) {
            throw new ConflictException(
                    "CAMPAIGN_NOT_PUBLISHED",
                    "The campaign is " + status + "; its promotion link is issued when it is published",
                    Map.of("status", status.name()));
        }
        return linkToken;
    }

    private void requireOnline() {
        if (details.mode() != CampaignMode.ONLINE) {
            throw new ConflictException(
                    "CAMPAIGN_OFFLINE",
                    "An offline campaign has no promotion link; its members are entered by hand",
                    Map.of("mode", details.mode().name()));
        }
    }

    /** True while the public form takes submissions: online, PUBLISHED and between start (inclusive) and end. */
    public boolean acceptsSubmissions(Instant now) {
        return details.mode() == CampaignMode.ONLINE
                && status == CampaignStatus.PUBLISHED
                && !now.isBefore(details.startAt())
                && now.isBefore(details.endAt());
    }

    /** The event payload describing the campaign as it is now. */
    public CampaignChanged changed(String changedBy) {
        return new CampaignChanged(
                id,
                details.name(),
                details.type(),
                details.mode().name(),
                details.startAt(),
                details.endAt(),
                details.ownerId(),
                details.budget(),
                details.actualCost(),
                details.currency(),
                details.targetObject().name(),
                status.name(),
                changedBy,
                updatedAt,
                version);
    }

    private ConflictException notEditable(String field) {
        String what = field == null ? "only actualCost and description may change" : field + " cannot change";
        return new ConflictException(
                "CAMPAIGN_NOT_EDITABLE",
                "The campaign is " + status + "; " + what,
                field == null ? Map.of("status", status.name()) : Map.of("status", status.name(), "field", field));
    }

    private static void requireEndAfterStart(CampaignDetails details) {
        if (!details.endAt().isAfter(details.startAt())) {
            throw new InvalidRequestException("endAt", "EndAfterStart", "endAt must be after startAt");
        }
    }
}
