package com.crmplatform.dealservice.opportunity.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.dealservice.customer.domain.CustomerReadModel;
import com.crmplatform.dealservice.customer.domain.KnownCustomer;
import com.crmplatform.dealservice.dealstatus.domain.CustomerDealStatus;
import com.crmplatform.dealservice.pipeline.domain.PipelineService;
import com.crmplatform.dealservice.pipeline.domain.Stage;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, listing and editing opportunities. A salesperson works on their own (another's answers 404);
 * an admin on all of the tenant's. Stage moves are {@link OpportunityStageService}'s.
 */
@Service
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final CustomerReadModel customers;
    private final PipelineService pipelines;
    private final PipelineTotals totals;
    private final CustomerDealStatus dealStatus;
    private final StageHistory history;
    private final UserDirectory directory;
    private final Outbox outbox;
    private final Clock clock;

    OpportunityService(
            OpportunityRepository opportunities,
            CustomerReadModel customers,
            PipelineService pipelines,
            PipelineTotals totals,
            CustomerDealStatus dealStatus,
            StageHistory history,
            UserDirectory directory,
            Outbox outbox,
            Clock clock) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.pipelines = pipelines;
        this.totals = totals;
        this.dealStatus = dealStatus;
        this.history = history;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new opportunity for a customer the caller may deal with, in {@code stageCode} or the first open stage. */
    @Transactional
    public Opportunity create(
            UUID customerId,
            OpportunityDetails details,
            String stageCode,
            Integer probability,
            String ownerId,
            CurrentUser user) {
        KnownCustomer customer = customers.dealable(user.tenant(), customerId, user);
        customers.requireContacts(user.tenant(), customerId, details.contactIds(), "contactIds");
        Stage stage = stageCode == null
                ? pipelines.pipeline(user.tenant()).firstOpen()
                : pipelines.pipeline(user.tenant()).openStage(stageCode, "stage");
        String owner = ownerFor(ownerId, customer, user);
        Opportunity created =
                Opportunity.create(customer, details, stage, probability, owner, user.id(), clock.instant());
        opportunities.insert(created);
        totals.changed(null, created);
        history.record(StageChange.of(created, null, user.id()));
        publish(OpportunityEvents.CREATED, created, null, user);
        return created;
    }

    /** The opportunity when the caller may see it; otherwise 404. */
    @Transactional(readOnly = true)
    public Opportunity get(UUID id, CurrentUser user) {
        return opportunities
                .find(user.tenant(), id)
                .filter(o -> visible(o, user))
                .orElseThrow(() -> new NotFoundException("Opportunity", id));
    }

    /** The opportunity locked for the caller's transaction, when the caller may see it; otherwise 404. */
    @Transactional
    public Opportunity lock(UUID id, CurrentUser user) {
        return opportunities
                .findForUpdate(user.tenant(), id)
                .filter(o -> visible(o, user))
                .orElseThrow(() -> new NotFoundException("Opportunity", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Opportunity> list(OpportunityFilter filter, PageQuery page, CurrentUser user) {
        return opportunities.search(user.tenant(), user.isAdmin() ? null : user.id(), filter, page);
    }

    /** Edits an open opportunity; only an admin may give it to another owner. */
    @Transactional
    public Opportunity update(
            UUID id, OpportunityDetails details, Integer probability, String ownerId, int version, CurrentUser user) {
        Opportunity current = lock(id, user);
        requireVersion(current, version);
        if (!current.open()) {
            throw new ConflictException(
                    "OPPORTUNITY_CLOSED", "Opportunity " + id + " is " + current.status() + "; an admin may reopen it");
        }
        customers.requireContacts(user.tenant(), current.customerId(), details.contactIds(), "contactIds");
        String owner =
                ownerId == null || ownerId.equals(current.ownerId()) ? current.ownerId() : newOwner(ownerId, user);
        Opportunity changed = current.withDetails(
                details, probability == null ? current.probability() : probability, owner, clock.instant());
        save(current, changed);
        publish(OpportunityEvents.UPDATED, changed, null, user);
        return changed;
    }

    /** Writes a change made to {@code current} (locked by the caller) and keeps the pipeline totals with it. */
    void save(Opportunity current, Opportunity changed) {
        if (!opportunities.update(changed, current.version())) {
            throw stale(current.id(), current.version());
        }
        totals.changed(current, changed);
    }

    /** Publishes the change with the customer's deal status after it, in the caller's transaction. */
    void publish(EventType<OpportunityChanged> type, Opportunity opportunity, String previousStage, CurrentUser user) {
        var customerDeal = dealStatus.recompute(opportunity.tenant(), opportunity.customerId());
        outbox.publish(
                type,
                opportunity.id(),
                opportunity.tenant(),
                opportunity.changed(previousStage, user.id(), customerDeal));
    }

    private String ownerFor(String requested, KnownCustomer customer, CurrentUser user) {
        if (!user.isAdmin()) {
            if (requested != null && !requested.equals(user.id())) {
                throw ownerNotAllowed();
            }
            return user.id();
        }
        String owner = requested != null ? requested : customer.ownerId();
        if (owner == null) {
            throw new InvalidRequestException("ownerId", "NotNull", "ownerId is required for a customer in the pool");
        }
        return newOwner(owner, user);
    }

    private String newOwner(String ownerId, CurrentUser user) {
        if (!user.isAdmin()) {
            throw ownerNotAllowed();
        }
        if (!directory.isActiveSalesperson(ownerId, user.tenant())) {
            throw new InvalidRequestException(
                    "ownerId", "Salesperson", "ownerId must be an active salesperson of the tenant");
        }
        return ownerId;
    }

    private static CrmException ownerNotAllowed() {
        return new CrmException(
                ErrorCode.ACCESS_DENIED,
                "OWNER_CHANGE_NOT_ALLOWED",
                "Only an admin may give an opportunity to another owner",
                "ownerId",
                Map.of());
    }

    static boolean visible(Opportunity opportunity, CurrentUser user) {
        return user.isAdmin() || user.id().equals(opportunity.ownerId());
    }

    /** 409 {@code STALE_VERSION} with {@code currentVersion} unless the client edited the current version. */
    static void requireVersion(Opportunity current, Integer version) {
        if (version != null && current.version() != version) {
            throw stale(current.id(), current.version());
        }
    }

    static StaleVersionException stale(UUID id, int currentVersion) {
        return new StaleVersionException(
                "Opportunity " + id + " was changed by someone else; reload it (version " + currentVersion + ")",
                currentVersion);
    }
}
