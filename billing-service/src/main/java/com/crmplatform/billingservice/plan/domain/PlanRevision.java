package com.crmplatform.billingservice.plan.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A new plan checked against the current one: installments sent back with their id are kept (edited), those without
 * are added, those not sent are removed. Nothing the ledger holds may go: an installment keeps at least what
 * payments reserved of it, and one with such payments is never removed.
 *
 * @param kept the kept installments with their new values (paid and reserved as they were)
 * @param added the new installments
 * @param removed the ids of the installments taken out
 */
public record PlanRevision(List<Installment> kept, List<Installment> added, List<UUID> removed) {

    /** Earliest and latest due date accepted: catches typos (0205 for 2025) before they make everything overdue. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public static PlanRevision of(List<Installment> current, List<InstallmentDraft> drafts, BigDecimal contractAmount) {
        Map<UUID, Installment> byId = current.stream().collect(Collectors.toMap(Installment::id, Function.identity()));
        List<Installment> kept = new ArrayList<>();
        List<Installment> added = new ArrayList<>();
        Set<UUID> sent = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            InstallmentDraft draft = drafts.get(i);
            requireDueDate(draft, i);
            if (draft.id() == null) {
                added.add(new Installment(
                        UUID.randomUUID(), draft.dueDate(), draft.amount(), draft.note(), i, zero(), zero()));
            } else {
                kept.add(kept(byId.get(draft.id()), draft, i, sent));
            }
        }
        requireWithin(contractAmount, kept, added);
        List<UUID> removed = current.stream()
                .map(Installment::id)
                .filter(id -> !sent.contains(id))
                .toList();
        return new PlanRevision(kept, added, removed);
    }

    /** 409 {@code INSTALLMENT_PAID} when a removed installment has money against it. */
    public void requireRemovable(List<Installment> current, Set<UUID> namedByPayments) {
        current.stream()
                .filter(i -> removed.contains(i.id()))
                .filter(i -> i.reserved().signum() > 0 || namedByPayments.contains(i.id()))
                .findFirst()
                .ifPresent(i -> {
                    throw paid(i, "installments", "has payments against it and cannot be removed");
                });
    }

    private static Installment kept(Installment existing, InstallmentDraft draft, int index, Set<UUID> sent) {
        String field = "installments[" + index + "].id";
        if (existing == null) {
            throw new InvalidRequestException(
                    field, "InstallmentOfPlan", field + " must be the id of an installment of this plan");
        }
        if (!sent.add(existing.id())) {
            throw new InvalidRequestException(field, "Unique", field + " is sent twice");
        }
        if (draft.amount().compareTo(existing.reserved()) < 0) {
            throw paid(
                    existing,
                    "installments[" + index + "].amount",
                    "cannot be reduced below the " + existing.reserved().toPlainString() + " payments hold of it");
        }
        return new Installment(
                existing.id(),
                draft.dueDate(),
                draft.amount(),
                draft.note(),
                index,
                existing.paid(),
                existing.reserved());
    }

    private static void requireDueDate(InstallmentDraft draft, int index) {
        if (draft.dueDate().isBefore(EARLIEST) || draft.dueDate().isAfter(LATEST)) {
            String field = "installments[" + index + "].dueDate";
            throw new InvalidRequestException(field, "Range", field + " must be between 2000-01-01 and 2999-12-31");
        }
    }

    private static void requireWithin(BigDecimal contractAmount, List<Installment> kept, List<Installment> added) {
        BigDecimal planned = Stream.concat(kept.stream(), added.stream())
                .map(Installment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (planned.compareTo(contractAmount) > 0) {
            throw new InvalidRequestException(
                    "installments",
                    "WithinContractAmount",
                    "the installments add up to " + planned.toPlainString() + ", more than the contract's "
                            + contractAmount.toPlainString());
        }
    }

    private static CrmException paid(Installment installment, String field, String what) {
        return new CrmException(
                ErrorCode.CONFLICT,
                "INSTALLMENT_PAID",
                "Installment " + installment.id() + " (due " + installment.dueDate() + ") " + what,
                field,
                Map.of("installmentId", installment.id(), "reserved", installment.reserved()));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
