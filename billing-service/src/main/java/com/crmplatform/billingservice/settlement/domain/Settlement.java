package com.crmplatform.billingservice.settlement.domain;

import com.crmplatform.billingservice.contract.domain.KnownContract;
import com.crmplatform.platform.error.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps payments' money allocated to the installments it settles ({@link Allocator}). Runs after every change that
 * frees or adds room or money (a plan saved, a payment recorded or reversed), inside that change's transaction and
 * under its lock of the contract row, so allocations of one contract are never computed twice at once.
 */
@Service
public class Settlement {

    private final SettlementRepository settlements;

    Settlement(SettlementRepository settlements) {
        this.settlements = settlements;
    }

    /** 400 on {@code field} unless every id is a live installment of the contract's plan. */
    public void requireInstallments(KnownContract contract, List<UUID> ids, String field) {
        if (!ids.isEmpty()
                && !settlements
                        .liveInstallments(contract.tenant(), contract.id(), ids)
                        .containsAll(ids)) {
            throw new InvalidRequestException(
                    field, "InstallmentOfContract", field + " must be installments of the contract's payment plan");
        }
    }

    /** Gives live payments' unallocated money to installments with room; the caller holds the contract's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebalance(KnownContract contract, Instant at) {
        List<OpenPayment> open = settlements.openPayments(contract.tenant(), contract.id());
        if (open.isEmpty()) {
            return;
        }
        List<InstallmentCapacity> room = settlements.capacities(contract.tenant(), contract.id());
        settlements.insert(contract.tenant(), Allocator.allocate(room, open), at);
    }
}
