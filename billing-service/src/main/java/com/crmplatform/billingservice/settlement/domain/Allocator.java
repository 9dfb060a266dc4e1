package com.crmplatform.billingservice.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How payments' money settles installments: each payment, oldest first, fills the installments it names (earliest
 * due first), then any other installment with room left (earliest due first); what finds no room stays unallocated
 * and is given out again when room appears (a new or larger installment, a reversed payment). An installment never
 * holds more than its amount, so "paid" per installment never exceeds it and overdue never disagrees with it.
 */
final class Allocator {

    private static final Comparator<InstallmentCapacity> BY_DUE =
            Comparator.comparing(InstallmentCapacity::dueDate).thenComparingInt(InstallmentCapacity::position);

    private Allocator() {}

    /** The new allocations for {@code payments} (oldest first) into the free room of {@code installments}. */
    static List<Allocation> allocate(List<InstallmentCapacity> installments, List<OpenPayment> payments) {
        Map<UUID, BigDecimal> free = new LinkedHashMap<>();
        installments.stream().sorted(BY_DUE).forEach(i -> free.put(i.id(), i.free()));
        List<Allocation> allocations = new ArrayList<>();
        for (OpenPayment payment : payments) {
            BigDecimal remaining = payment.unallocated();
            for (UUID id : fillingOrder(free, payment.named())) {
                BigDecimal take = remaining.min(free.get(id));
                if (take.signum() > 0) {
                    allocations.add(new Allocation(payment.id(), id, take));
                    free.put(id, free.get(id).subtract(take));
                    remaining = remaining.subtract(take);
                }
            }
        }
        return allocations;
    }

    /** The installments the payment names (in due order), then all the others (in due order). */
    private static List<UUID> fillingOrder(Map<UUID, BigDecimal> free, List<UUID> named) {
        return Stream.concat(
                        free.keySet().stream().filter(named::contains),
                        free.keySet().stream().filter(id -> !named.contains(id)))
                .toList();
    }
}
