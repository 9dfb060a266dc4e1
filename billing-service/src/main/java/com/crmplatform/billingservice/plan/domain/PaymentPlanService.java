package com.crmplatform.billingservice.plan.domain;

import com.crmplatform.billingservice.calendar.domain.BusinessCalendar;
import com.crmplatform.billingservice.contract.domain.ContractReadModel;
import com.crmplatform.billingservice.contract.domain.KnownContract;
import com.crmplatform.billingservice.settlement.domain.Settlement;
import com.crmplatform.contracts.billing.PaymentPlanChanged;
import com.crmplatform.contracts.billing.ReceivableEvents;
import com.crmplatform.platform.error.StaleVersionException;
import com.crmplatform.platform.outbox.Outbox;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and replacing a contract's payment plan. Its owner or finance edits it while the contract is ACTIVE; admins
 * read it. The plan is replaced whole, at the version the client read, under the contract's lock (the same lock
 * payments take, so a plan never changes under a payment being recorded).
 */
@Service
public class PaymentPlanService {

    private final PaymentPlanRepository plans;
    private final ContractReadModel contracts;
    private final Settlement settlement;
    private final BusinessCalendar calendar;
    private final Outbox outbox;

    PaymentPlanService(
            PaymentPlanRepository plans,
            ContractReadModel contracts,
            Settlement settlement,
            BusinessCalendar calendar,
            Outbox outbox) {
        this.plans = plans;
        this.contracts = contracts;
        this.settlement = settlement;
        this.calendar = calendar;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public PaymentPlan get(UUID contractId, CurrentUser user) {
        return plan(contracts.visible(contractId, user));
    }

    /** Replaces the plan; 409 {@code STALE_VERSION} unless {@code version} is the plan's current one. */
    @Transactional
    public PaymentPlan replace(UUID contractId, List<InstallmentDraft> drafts, int version, CurrentUser user) {
        KnownContract contract = contracts.lockActive(contractId, user);
        Instant now = calendar.now();
        if (!plans.bumpVersion(contract.tenant(), contract.id(), version, user.id(), now)) {
            throw stale(contract);
        }
        List<Installment> current = plans.installments(contract.tenant(), contract.id());
        PlanRevision revision = PlanRevision.of(current, drafts, contract.amount());
        revision.requireRemovable(
                current, plans.namedByLivePayments(contract.tenant(), contract.id(), revision.removed()));
        save(contract, revision, now);
        PaymentPlan plan = plan(contract);
        outbox.publish(ReceivableEvents.PLAN_CHANGED, contract.id(), contract.tenant(), changed(plan, user, now));
        return plan;
    }

    /** Writes the revision and lets payments' unallocated money settle any room it made. */
    private void save(KnownContract contract, PlanRevision revision, Instant now) {
        plans.remove(contract.tenant(), revision.removed(), now);
        plans.update(contract.tenant(), revision.kept());
        plans.insert(contract.tenant(), contract.id(), revision.added(), now);
        settlement.rebalance(contract, now);
    }

    private PaymentPlan plan(KnownContract contract) {
        return new PaymentPlan(
                contract,
                plans.header(contract.tenant(), contract.id()),
                plans.installments(contract.tenant(), contract.id()),
                contracts.balance(contract),
                calendar.today());
    }

    private StaleVersionException stale(KnownContract contract) {
        int current = plans.header(contract.tenant(), contract.id()).version();
        return new StaleVersionException(
                "The payment plan of contract " + contract.number() + " was changed by someone else; reload it"
                        + " (version " + current + ")",
                current);
    }

    private static PaymentPlanChanged changed(PaymentPlan plan, CurrentUser user, Instant at) {
        KnownContract c = plan.contract();
        return new PaymentPlanChanged(
                c.id(),
                c.customerId(),
                c.currency(),
                plan.balance().planned(),
                plan.installments().stream()
                        .map(i -> new PaymentPlanChanged.Installment(i.id(), i.dueDate(), i.amount(), i.note()))
                        .toList(),
                user.id(),
                at);
    }
}
