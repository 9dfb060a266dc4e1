package com.crmplatform.billingservice.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllocatorTests {

    final UUID march = UUID.randomUUID();
    final UUID april = UUID.randomUUID();
    final UUID may = UUID.randomUUID();
    final List<InstallmentCapacity> plan = List.of(
            installment(may, "2026-05-01", "400.00", "0.00"),
            installment(march, "2026-03-01", "300.00", "0.00"),
            installment(april, "2026-04-01", "300.00", "0.00"));

    @Test
    void fillsTheNamedInstallmentsFirstThenTheEarliestDue() {
        UUID payment = UUID.randomUUID();

        List<Allocation> allocations = Allocator.allocate(plan, List.of(open(payment, "650.00", april, may)));

        assertThat(allocations)
                .containsExactly(
                        new Allocation(payment, april, new BigDecimal("300.00")),
                        new Allocation(payment, may, new BigDecimal("350.00")));
    }

    @Test
    void withoutNamesTheEarliestDueComesFirstAndWhatFindsNoRoomStaysUnallocated() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        List<Allocation> allocations = Allocator.allocate(plan, List.of(open(first, "500.00"), open(second, "600.00")));

        assertThat(allocations)
                .containsExactly(
                        new Allocation(first, march, new BigDecimal("300.00")),
                        new Allocation(first, april, new BigDecimal("200.00")),
                        new Allocation(second, april, new BigDecimal("100.00")),
                        new Allocation(second, may, new BigDecimal("400.00")));
        assertThat(allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000.00");
    }

    @Test
    void onlyTheRoomLeftBesideWhatPaymentsAlreadyHoldIsFilled() {
        UUID payment = UUID.randomUUID();
        List<InstallmentCapacity> held = List.of(
                installment(march, "2026-03-01", "300.00", "300.00"),
                installment(april, "2026-04-01", "300.00", "299.99"),
                installment(may, "2026-05-01", "400.00", "400.00"));

        assertThat(Allocator.allocate(held, List.of(open(payment, "5.00", march))))
                .containsExactly(new Allocation(payment, april, new BigDecimal("0.01")));
        assertThat(Allocator.allocate(List.of(), List.of(open(payment, "5.00"))))
                .isEmpty();
    }

    private static InstallmentCapacity installment(UUID id, String due, String amount, String reserved) {
        return new InstallmentCapacity(id, LocalDate.parse(due), 0, new BigDecimal(amount), new BigDecimal(reserved));
    }

    private static OpenPayment open(UUID id, String amount, UUID... named) {
        return new OpenPayment(id, new BigDecimal(amount), List.of(named));
    }
}
