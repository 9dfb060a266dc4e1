package com.crmplatform.billingservice.contract.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.deal.ContractChanged;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * billing-service's view of contracts: kept from deal-service's events, asked before any plan or payment. It lags
 * deal-service by the outbox relay's delay plus the consumer's (well under a second when both run); while
 * deal-service or Kafka is down it keeps answering from what it knew (billing-service README).
 */
@Service
public class ContractReadModel {

    private final KnownContractRepository contracts;

    ContractReadModel(KnownContractRepository contracts) {
        this.contracts = contracts;
    }

    /** Applies one of deal-service's contract events: the contract's whole state after the change. */
    public void apply(String tenant, ContractChanged e) {
        BigDecimal amount = e.approvedAmount() != null ? e.approvedAmount() : e.amount();
        contracts.save(
                new KnownContract(
                        tenant,
                        e.contractId(),
                        e.number(),
                        e.title() == null ? "" : e.title(),
                        e.customerId(),
                        e.ownerId(),
                        amount,
                        e.currency(),
                        e.status(),
                        e.sourceCampaignId(),
                        e.version()),
                e.changedAt());
    }

    /** The contract when the caller may see its money: finance and admins any of the tenant's, sales their own. */
    public KnownContract visible(UUID id, CurrentUser user) {
        return contracts.find(user.tenant(), id).filter(c -> mayAccess(c, user)).orElseThrow(() -> notFound(id));
    }

    /** Whether the caller may see the money of this contract of their tenant. */
    public boolean visibleTo(UUID id, CurrentUser user) {
        return contracts.find(user.tenant(), id).filter(c -> mayAccess(c, user)).isPresent();
    }

    /**
     * The contract locked for a change of its plan or a new payment, by its owner or finance; 409
     * {@code CONTRACT_NOT_ACTIVE} unless it is ACTIVE.
     */
    public KnownContract lockActive(UUID id, CurrentUser user) {
        KnownContract contract = contracts
                .findForUpdate(user.tenant(), id)
                .filter(c -> mayAccess(c, user))
                .orElseThrow(() -> notFound(id));
        if (!contract.active()) {
            throw new ConflictException(
                    "CONTRACT_NOT_ACTIVE",
                    "Contract " + contract.number() + " is " + contract.status()
                            + "; plans and payments are only for ACTIVE contracts",
                    Map.of("status", contract.status()));
        }
        return contract;
    }

    /** The contract locked for a change of a payment the caller was already allowed to see. */
    public KnownContract lock(String tenant, UUID id) {
        return contracts.findForUpdate(tenant, id).orElseThrow(() -> notFound(id));
    }

    public ContractBalance balance(KnownContract contract) {
        return contracts.balance(contract.tenant(), contract.id());
    }

    /** True the first time confirmed payments reach the contract's amount, and only then. */
    public boolean becameFullyPaid(KnownContract contract, ContractBalance balance, Instant at) {
        return balance.collected().compareTo(contract.amount()) >= 0
                && contracts.markFullyPaid(contract.tenant(), contract.id(), balance.collected(), at);
    }

    public static boolean mayAccess(KnownContract contract, CurrentUser user) {
        return user.hasRole(Roles.FINANCE)
                || user.isAdmin()
                || (user.hasRole(Roles.SALES) && user.id().equals(contract.ownerId()));
    }

    private static CrmException notFound(UUID id) {
        return new CrmException(
                ErrorCode.NOT_FOUND,
                "CONTRACT_NOT_FOUND",
                "Contract " + id + " was not found (a contract approved in the last seconds may not be known here"
                        + " yet; retry shortly)",
                null,
                Map.of());
    }
}
