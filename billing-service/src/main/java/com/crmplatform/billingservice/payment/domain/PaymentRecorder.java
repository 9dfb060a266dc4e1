package com.crmplatform.billingservice.payment.domain;

import com.crmplatform.billingservice.calendar.domain.BusinessCalendar;
import com.crmplatform.billingservice.contract.domain.ContractBalance;
import com.crmplatform.billingservice.contract.domain.ContractReadModel;
import com.crmplatform.billingservice.contract.domain.KnownContract;
import com.crmplatform.billingservice.settlement.domain.Settlement;
import com.crmplatform.contracts.billing.PaymentEvents;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording payments: a salesperson for a contract they own, finance for any. Two guarantees, both held by locks
 * taken in one order (the request's idempotency key, then the contract's row) so they never deadlock:
 *
 * <ul>
 *   <li>a request repeated with the same {@code Idempotency-Key} records nothing new and answers the first payment
 *       (the key is locked while the first request runs, so even a simultaneous repeat waits and then finds it);
 *   <li>recorded-and-not-reversed plus confirmed payments never exceed the contract's amount unless finance allows it:
 *       the check and the insert run under the contract's row lock, so two payments at once are checked one after the
 *       other.
 * </ul>
 */
@Service
public class PaymentRecorder {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final PaymentRepository payments;
    private final PaymentService service;
    private final ContractReadModel contracts;
    private final Settlement settlement;
    private final BusinessCalendar calendar;
    private final Outbox outbox;

    PaymentRecorder(
            PaymentRepository payments,
            PaymentService service,
            ContractReadModel contracts,
            Settlement settlement,
            BusinessCalendar calendar,
            Outbox outbox) {
        this.payments = payments;
        this.service = service;
        this.contracts = contracts;
        this.settlement = settlement;
        this.calendar = calendar;
        this.outbox = outbox;
    }

    /** Records {@code draft}, or answers the payment an earlier request with the same key recorded. */
    @Transactional
    public RecordedPayment record(
            NewPayment draft, String idempotencyKey, boolean allowOverCollection, CurrentUser user) {
        requireMayOverCollect(allowOverCollection, user);
        requireReceivedAt(draft.receivedAt());
        if (idempotencyKey != null) {
            payments.lockIdempotencyKey(user.tenant(), user.id(), idempotencyKey);
            Optional<Payment> earlier = earlier(draft, idempotencyKey, user);
            if (earlier.isPresent()) {
                return new RecordedPayment(earlier.get(), true);
            }
        }
        return new RecordedPayment(recordNew(draft, idempotencyKey, allowOverCollection, user), false);
    }

    private Payment recordNew(NewPayment draft, String idempotencyKey, boolean allowOverCollection, CurrentUser user) {
        KnownContract contract = contracts.lockActive(draft.contractId(), user);
        if (!contract.currency().equals(draft.currency())) {
            throw new InvalidRequestException(
                    "currency", "ContractCurrency", "currency must be the contract's, " + contract.currency());
        }
        settlement.requireInstallments(contract, draft.installmentIds(), "installmentIds");
        requireWithinContract(contract, draft.amount(), allowOverCollection);
        Payment payment = Payment.record(draft, contract, user.id(), calendar.now());
        payments.insert(payment, idempotencyKey, idempotencyKey == null ? null : draft.fingerprint());
        payments.addEntry(payment, payment.entry(user.id(), payment.createdAt()));
        settlement.rebalance(contract, payment.createdAt());
        outbox.publish(
                PaymentEvents.RECORDED,
                payment.id(),
                payment.tenant(),
                payment.changed(contract, false, user.id(), payment.createdAt()));
        return payment;
    }

    /** The payment this key recorded, when it asked the same; 409 {@code IDEMPOTENCY_KEY_REUSED} if not. */
    private Optional<Payment> earlier(NewPayment draft, String idempotencyKey, CurrentUser user) {
        return payments.findByKey(user.tenant(), user.id(), idempotencyKey).map(keyed -> {
            if (!keyed.requestHash().equals(draft.fingerprint())) {
                throw new ConflictException(
                        "IDEMPOTENCY_KEY_REUSED",
                        "This Idempotency-Key already recorded payment " + keyed.paymentId()
                                + " with a different request; use a new key for a new payment",
                        Map.of("paymentId", keyed.paymentId()));
            }
            return service.get(keyed.paymentId(), user);
        });
    }

    /** 409 {@code OVER_COLLECTION} when recorded and confirmed payments would exceed the contract's amount. */
    private void requireWithinContract(KnownContract contract, BigDecimal amount, boolean allowed) {
        ContractBalance balance = contracts.balance(contract);
        BigDecimal remaining = contract.amount().subtract(balance.committed());
        if (amount.compareTo(remaining) > 0 && !allowed) {
            throw new ConflictException(
                    "OVER_COLLECTION",
                    "Contract " + contract.number() + " has " + remaining.toPlainString() + " " + contract.currency()
                            + " left to collect (recorded and confirmed payments count); finance may allow more with"
                            + " allowOverCollection=true",
                    Map.of(
                            "contractAmount", contract.amount(),
                            "collected", balance.collected(),
                            "recordedUnconfirmed", balance.recorded(),
                            "remaining", remaining));
        }
    }

    private static void requireMayOverCollect(boolean allowOverCollection, CurrentUser user) {
        if (allowOverCollection && !user.hasRole(Roles.FINANCE)) {
            throw new CrmException(
                    ErrorCode.ACCESS_DENIED,
                    "OVER_COLLECTION_NOT_ALLOWED",
                    "Only finance may allow a payment beyond the contract's amount",
                    "allowOverCollection",
                    Map.of());
        }
    }

    private void requireReceivedAt(LocalDate receivedAt) {
        if (receivedAt.isAfter(calendar.today()) || receivedAt.isBefore(EARLIEST)) {
            throw new InvalidRequestException(
                    "receivedAt", "PastOrPresent", "receivedAt must be a day between 2000-01-01 and today");
        }
    }
}
