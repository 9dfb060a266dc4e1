package com.crmplatform.billingservice.payment.domain;

import com.crmplatform.billingservice.calendar.domain.BusinessCalendar;
import com.crmplatform.billingservice.contract.domain.ContractBalance;
import com.crmplatform.billingservice.contract.domain.ContractReadModel;
import com.crmplatform.billingservice.contract.domain.KnownContract;
import com.crmplatform.billingservice.settlement.domain.Settlement;
import com.crmplatform.contracts.billing.ContractFullyPaid;
import com.crmplatform.contracts.billing.PaymentChanged;
import com.crmplatform.contracts.billing.PaymentEvents;
import com.crmplatform.contracts.billing.ReceivableEvents;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.NotFoundException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, confirming (回款确认) and reversing payments. Finance sees the tenant's, admins read them, a salesperson
 * sees the payments of the contracts they own (another's answers 404). A confirmation or reversal locks the contract's
 * row, then the payment's, and moves the status one step, so of two at once exactly one happens and the other answers
 * 409; the ledger's unique (payment, kind) entry would refuse a second anyway.
 */
@Service
public class PaymentService {

    private final PaymentRepository payments;
    private final ContractReadModel contracts;
    private final Settlement settlement;
    private final BusinessCalendar calendar;
    private final Outbox outbox;

    PaymentService(
            PaymentRepository payments,
            ContractReadModel contracts,
            Settlement settlement,
            BusinessCalendar calendar,
            Outbox outbox) {
        this.payments = payments;
        this.contracts = contracts;
        this.settlement = settlement;
        this.calendar = calendar;
        this.outbox = outbox;
    }

    /** The payment when the caller may see it; otherwise 404 {@code PAYMENT_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public Payment get(UUID id, CurrentUser user) {
        return payments.find(user.tenant(), id)
                .filter(p -> contracts.visibleTo(p.contractId(), user))
                .orElseThrow(() -> new NotFoundException("Payment", id));
    }

    @Transactional(readOnly = true)
    public PaymentDetails details(UUID id, CurrentUser user) {
        Payment payment = get(id, user);
        return new PaymentDetails(
                payment, payments.history(user.tenant(), id), payments.allocations(user.tenant(), id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Payment> list(PaymentFilter filter, PageQuery page, CurrentUser user) {
        boolean tenantWide = user.hasRole(Roles.FINANCE) || user.isAdmin();
        return payments.search(user.tenant(), tenantWide ? null : user.id(), filter, page);
    }

    /** Finance confirms a recorded payment: from now on it counts as collected. */
    @Transactional
    public Payment confirm(UUID id, CurrentUser user) {
        KnownContract contract = contracts.lock(user.tenant(), get(id, user).contractId());
        Payment current = locked(id, user);
        if (current.status() != PaymentStatus.RECORDED) {
            throw notRecorded(current, "confirmed");
        }
        Payment confirmed = current.confirmed(user.id(), calendar.now());
        save(PaymentEvents.CONFIRMED, contract, confirmed, false, confirmed.confirmedAt(), user);
        ContractBalance balance = contracts.balance(contract);
        if (contracts.becameFullyPaid(contract, balance, confirmed.confirmedAt())) {
            publishFullyPaid(contract, balance, confirmed.confirmedAt());
        }
        return confirmed;
    }

    /** Finance reverses a recorded or confirmed payment with a reason: it no longer counts at all. */
    @Transactional
    public Payment reverse(UUID id, String reason, CurrentUser user) {
        KnownContract contract = contracts.lock(user.tenant(), get(id, user).contractId());
        Payment current = locked(id, user);
        if (current.status() == PaymentStatus.REVERSED) {
            throw new ConflictException(
                    "PAYMENT_ALREADY_REVERSED",
                    "Payment " + id + " was already reversed",
                    Map.of("status", current.status().name()));
        }
        Payment reversed = current.reversed(user.id(), calendar.now(), reason);
        boolean wasConfirmed = current.status() == PaymentStatus.CONFIRMED;
        save(PaymentEvents.REVERSED, contract, reversed, wasConfirmed, reversed.reversedAt(), user);
        settlement.rebalance(contract, reversed.reversedAt());
        return reversed;
    }

    /** Writes the new status and its ledger entry, and publishes the change, in the caller's transaction. */
    private void save(
            EventType<PaymentChanged> type,
            KnownContract contract,
            Payment changed,
            boolean wasConfirmed,
            Instant at,
            CurrentUser user) {
        payments.changeStatus(changed);
        payments.addEntry(changed, changed.entry(user.id(), at));
        outbox.publish(type, changed.id(), changed.tenant(), changed.changed(contract, wasConfirmed, user.id(), at));
    }

    private void publishFullyPaid(KnownContract contract, ContractBalance balance, Instant at) {
        outbox.publish(
                ReceivableEvents.FULLY_PAID,
                contract.id(),
                contract.tenant(),
                new ContractFullyPaid(
                        contract.id(),
                        contract.customerId(),
                        contract.sourceCampaignId(),
                        contract.amount(),
                        balance.collected(),
                        contract.currency(),
                        at));
    }

    private Payment locked(UUID id, CurrentUser user) {
        return payments.findForUpdate(user.tenant(), id).orElseThrow(() -> new NotFoundException("Payment", id));
    }

    private static ConflictException notRecorded(Payment payment, String action) {
        String reason = payment.status() == PaymentStatus.CONFIRMED ? "PAYMENT_ALREADY_CONFIRMED" : "PAYMENT_REVERSED";
        return new ConflictException(
                reason,
                "Payment " + payment.id() + " is " + payment.status() + " and cannot be " + action,
                Map.of("status", payment.status().name()));
    }
}
