package com.crmplatform.billingservice.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanRevisionTests {

    final Installment held = installment("300.00", "120.00");
    final Installment free = installment("200.00", "0.00");
    final List<Installment> current = List.of(held, free);

    @Test
    void keepsSentIdsAddsNewOnesAndRemovesTheRest() {
        PlanRevision revision = PlanRevision.of(
                current,
                List.of(draft(held.id(), "2027-02-01", "250.00"), draft(null, "2027-03-01", "50.00")),
                amount("1000"));

        assertThat(revision.kept()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(held.id());
            assertThat(i.amount()).isEqualByComparingTo("250.00");
            assertThat(i.reserved()).isEqualByComparingTo("120.00");
        });
        assertThat(revision.added())
                .singleElement()
                .satisfies(i -> assertThat(i.id()).isNotIn(held.id(), free.id()));
        assertThat(revision.removed()).containsExactly(free.id());
        revision.requireRemovable(current, Set.of());
    }

    @Test
    void theInstallmentsMayAddUpToTheContractAmountAndNoMore() {
        List<InstallmentDraft> drafts =
                List.of(draft(null, "2027-01-01", "600.00"), draft(null, "2027-02-01", "400.00"));

        assertThat(PlanRevision.of(List.of(), drafts, amount("1000.00")).added())
                .hasSize(2);
        assertThatThrownBy(() -> PlanRevision.of(List.of(), drafts, amount("999.99")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("installments"));
    }

    @Test
    void whatPaymentsHoldCannotBeReducedOrRemoved() {
        assertThatThrownBy(() ->
                        PlanRevision.of(current, List.of(draft(held.id(), "2027-01-01", "119.99")), amount("1000")))
                .isInstanceOfSatisfying(CrmException.class, e -> {
                    assertThat(e.reason()).isEqualTo("INSTALLMENT_PAID");
                    assertThat(e.field()).isEqualTo("installments[0].amount");
                });
        PlanRevision withoutHeld =
                PlanRevision.of(current, List.of(draft(free.id(), "2027-01-01", "1")), amount("1000"));
        assertThatThrownBy(() -> withoutHeld.requireRemovable(current, Set.of()))
                .isInstanceOfSatisfying(
                        CrmException.class, e -> assertThat(e.reason()).isEqualTo("INSTALLMENT_PAID"));
        PlanRevision withoutFree =
                PlanRevision.of(current, List.of(draft(held.id(), "2027-01-01", "120")), amount("1000"));
        withoutFree.requireRemovable(current, Set.of());
        assertThatThrownBy(() -> withoutFree.requireRemovable(current, Set.of(free.id())))
                .as("named by a live payment")
                .isInstanceOf(CrmException.class);
    }

    @Test
    void idsMustBeTheirPlansAndSentOnceAndDueDatesPlausible() {
        assertThatThrownBy(() ->
                        PlanRevision.of(current, List.of(draft(UUID.randomUUID(), "2027-01-01", "1")), amount("9")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("installments[0].id"));
        assertThatThrownBy(() -> PlanRevision.of(
                        current,
                        List.of(draft(free.id(), "2027-01-01", "1"), draft(free.id(), "2027-01-01", "1")),
                        amount("9")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("installments[1].id"));
        assertThatThrownBy(() -> PlanRevision.of(List.of(), List.of(draft(null, "3000-01-01", "1")), amount("9")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("installments[0].dueDate"));
    }

    private static Installment installment(String amount, String reserved) {
        return new Installment(
                UUID.randomUUID(),
                LocalDate.of(2027, 1, 1),
                new BigDecimal(amount),
                null,
                0,
                BigDecimal.ZERO,
                new BigDecimal(reserved));
    }

    private static InstallmentDraft draft(UUID id, String due, String amount) {
        return new InstallmentDraft(id, LocalDate.parse(due), new BigDecimal(amount), null);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
