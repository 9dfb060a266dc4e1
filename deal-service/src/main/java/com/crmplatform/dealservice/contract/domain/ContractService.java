package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.contracts.deal.ContractEvents;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.dealservice.customer.domain.CustomerReadModel;
import com.crmplatform.dealservice.customer.domain.KnownCustomer;
import com.crmplatform.dealservice.dealstatus.domain.CustomerDealStatus;
import com.crmplatform.dealservice.lineitem.domain.Money;
import com.crmplatform.dealservice.opportunity.domain.Opportunity;
import com.crmplatform.dealservice.opportunity.domain.OpportunityService;
import com.crmplatform.dealservice.opportunity.domain.OpportunityStatus;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, listing and editing contracts. A salesperson works on their own (another's answers 404); an
 * admin on all of the tenant's; finance reads all of them and changes none. The approval moves are
 * {@link ContractLifecycleService}'s. Every change recomputes the customer's deal status after writing the contract
 * and publishes it with the change, in the change's transaction.
 */
@Service
public class ContractService {

    private final ContractRepository contracts;
    private final ContractNumbers numbers;
    private final ApprovalTrail approvals;
    private final ContractOwnership ownership;
    private final OpportunityService opportunities;
    private final CustomerReadModel customers;
    private final CustomerDealStatus dealStatus;
    private final Outbox outbox;
    private final Clock clock;

    ContractService(
            ContractRepository contracts,
            ContractNumbers numbers,
            ApprovalTrail approvals,
            ContractOwnership ownership,
            OpportunityService opportunities,
            CustomerReadModel customers,
            CustomerDealStatus dealStatus,
            Outbox outbox,
            Clock clock) {
        this.contracts = contracts;
        this.numbers = numbers;
        this.approvals = approvals;
        this.ownership = ownership;
        this.opportunities = opportunities;
        this.customers = customers;
        this.dealStatus = dealStatus;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A new draft from a won opportunity (its customer, amount, currency and lines) or for a customer. Everything is
     * checked before the number is taken; 409 {@code OPPORTUNITY_HAS_CONTRACT} when the opportunity has a contract
     * that is not terminated, also when another one was created a moment earlier (the unique index decides).
     */
    @Transactional
    public Contract create(NewContract draft, CurrentUser user) {
        Origin origin = draft.opportunityId() == null ? forCustomer(draft, user) : fromOpportunity(draft, user);
        requireSignatory(origin.customer().id(), draft.signatoryContactId(), user);
        String owner = ownership.forNewContract(draft.ownerId(), origin.defaultOwner(), user);
        Instant now = clock.instant();
        String number = numbers.nextNumber(user.tenant(), now);
        Contract created = Contract.create(
                origin.customer(), draft.opportunityId(), number, origin.details(), owner, user.id(), now);
        if (!contracts.insert(created)) {
            throw new ConflictException(
                    "OPPORTUNITY_HAS_CONTRACT",
                    "Opportunity " + draft.opportunityId() + " has a contract already (terminate it to make another)");
        }
        publish(ContractEvents.CREATED, created, null, null, user);
        return created;
    }

    /** The contract when the caller may see it; otherwise 404. */
    @Transactional(readOnly = true)
    public Contract get(UUID id, CurrentUser user) {
        return contracts
                .find(user.tenant(), id)
                .filter(c -> readable(c, user))
                .orElseThrow(() -> new NotFoundException("Contract", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Contract> list(ContractFilter filter, PageQuery page, CurrentUser user) {
        return contracts.search(user.tenant(), readsAll(user) ? null : user.id(), filter, page);
    }

    /**
     * Edits a draft (anything) or an active contract (see {@link Contract#edited}). An amount change of an active
     * contract submits it again: one SUBMITTED event (previous status ACTIVE) and a SUBMITTED row in the trail, so
     * no event ever shows an ACTIVE contract at an amount nobody approved.
     */
    @Transactional
    public Contract update(UUID id, ContractEdit edit, int version, CurrentUser user) {
        Contract current = lock(id, user);
        requireVersion(current, version);
        requireSignatory(current.customerId(), edit.signatoryContactId(), user);
        String owner = ownership.afterEdit(current.ownerId(), edit.ownerId(), user);
        Contract changed = current.edited(edit.details(current.details().currency()), owner, clock.instant());
        save(current, changed);
        boolean resubmitted = changed.status() != current.status();
        if (resubmitted) {
            approvals.record(ContractApproval.of(current, changed, ApprovalAction.SUBMITTED, null, user.id()));
        }
        publish(resubmitted ? ContractEvents.SUBMITTED : ContractEvents.UPDATED, changed, current, null, user);
        return changed;
    }

    /**
     * The contract locked for the caller's transaction: 404 unless the caller may see it, 403 when they may only
     * read it (finance that is also a salesperson, on another's contract).
     */
    @Transactional
    public Contract lock(UUID id, CurrentUser user) {
        Contract contract = contracts
                .findForUpdate(user.tenant(), id)
                .filter(c -> readable(c, user))
                .orElseThrow(() -> new NotFoundException("Contract", id));
        if (!user.isAdmin() && !user.id().equals(contract.ownerId())) {
            throw new CrmException(
                    ErrorCode.ACCESS_DENIED, "CONTRACT_READ_ONLY", "Only its owner or an admin may change it");
        }
        return contract;
    }

    /** Writes a change made to {@code current} (locked by the caller); 409 {@code STALE_VERSION} when it moved. */
    void save(Contract current, Contract changed) {
        if (!contracts.update(changed, current.version())) {
            throw stale(current.id(), current.version());
        }
    }

    /**
     * Publishes the change with the customer's deal status after it, in the caller's transaction, after the contract
     * row was written (the status is computed from it).
     */
    void publish(
            EventType<ContractChanged> type, Contract contract, Contract before, String comment, CurrentUser user) {
        var customerDeal = dealStatus.recompute(contract.tenant(), contract.customerId());
        ContractStatus previous = before == null ? null : before.status();
        outbox.publish(
                type, contract.id(), contract.tenant(), contract.changed(previous, comment, user.id(), customerDeal));
    }

    private Origin fromOpportunity(NewContract draft, CurrentUser user) {
        Opportunity opportunity = opportunities.get(draft.opportunityId(), user);
        requireNothingOfTheOpportunityGiven(draft, opportunity);
        if (opportunity.status() != OpportunityStatus.WON) {
            throw new ConflictException(
                    "OPPORTUNITY_NOT_WON",
                    "Opportunity " + opportunity.id() + " is " + opportunity.status()
                            + "; only a won one makes a contract",
                    Map.of("status", opportunity.status().name()));
        }
        KnownCustomer customer = customers.dealable(user.tenant(), opportunity.customerId(), user);
        var terms = opportunity.details();
        String title = draft.title() == null ? terms.name() : draft.title();
        var details = draft.details(title, terms.amount(), terms.currency(), terms.lines());
        return new Origin(customer, details, opportunity.ownerId());
    }

    /** 400 when the client also gave what the opportunity decides: another customer, or commercial terms. */
    private static void requireNothingOfTheOpportunityGiven(NewContract draft, Opportunity opportunity) {
        if (draft.customerId() != null && !draft.customerId().equals(opportunity.customerId())) {
            throw new InvalidRequestException(
                    "customerId", "OpportunityCustomer", "customerId must be the opportunity's customer or left out");
        }
        String term = draft.givenTerm();
        if (term != null) {
            throw new InvalidRequestException(
                    term, "FromOpportunity", term + " comes from the opportunity; edit the draft to change it");
        }
    }

    private Origin forCustomer(NewContract draft, CurrentUser user) {
        if (draft.customerId() == null) {
            throw new InvalidRequestException("customerId", "NotNull", "customerId or opportunityId is required");
        }
        if (draft.title() == null) {
            throw new InvalidRequestException("title", "NotBlank", "title is required without an opportunity");
        }
        KnownCustomer customer = customers.dealable(user.tenant(), draft.customerId(), user);
        String currency = draft.currency() == null ? Money.DEFAULT_CURRENCY : draft.currency();
        var details =
                draft.details(draft.title(), Money.amount(draft.amount(), draft.lines()), currency, draft.lines());
        return new Origin(customer, details, customer.ownerId());
    }

    private void requireSignatory(UUID customerId, UUID signatoryContactId, CurrentUser user) {
        if (signatoryContactId != null) {
            customers.requireContacts(user.tenant(), customerId, List.of(signatoryContactId), "signatoryContactId");
        }
    }

    /** Admins and finance read the whole tenant's contracts; a salesperson their own. */
    static boolean readsAll(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Roles.FINANCE);
    }

    static boolean readable(Contract contract, CurrentUser user) {
        return readsAll(user) || user.id().equals(contract.ownerId());
    }

    /** 409 {@code STALE_VERSION} with {@code currentVersion} unless the client edited the current version. */
    static void requireVersion(Contract current, int version) {
        if (current.version() != version) {
            throw stale(current.id(), current.version());
        }
    }

    static StaleVersionException stale(UUID id, int currentVersion) {
        return new StaleVersionException(
                "Contract " + id + " was changed by someone else; reload it (version " + currentVersion + ")",
                currentVersion);
    }

    /** Where a new contract comes from: its customer, its details, and the owner an admin gets by default. */
    private record Origin(KnownCustomer customer, ContractDetails details, String defaultOwner) {}
}
