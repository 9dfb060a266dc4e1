package com.crmplatform.dealservice.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.dealservice.customer.domain.KnownCustomer;
import com.crmplatform.dealservice.lineitem.domain.LineItem;
import com.crmplatform.dealservice.lineitem.domain.Money;
import com.crmplatform.platform.error.CrmException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract's rules that need no database: edits of an active contract, rejected amendments, numbers. */
class ContractTests {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final KnownCustomer CUSTOMER =
            new KnownCustomer("acme", UUID.randomUUID(), "Acme", "sales1", null, false);
    private static final List<LineItem> TWO_SEATS = List.of(line("Seat", "2", "500"));

    @Test
    void linesRearrangedAtTheSameAmountStayInForceAndARefusedAmendmentReturnsToThem() {
        Contract active = active(TWO_SEATS);
        List<LineItem> rearranged = List.of(line("Seat", "1", "500"), line("Seat", "1", "500"));

        Contract edited = active.edited(details("1000.00", rearranged, "CNY"), "sales1", NOW);
        assertThat(edited.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(edited.approved().lines()).isEqualTo(rearranged);

        Contract amended = edited.edited(details("1500.00", List.of(line("Seat", "3", "500")), "CNY"), "sales1", NOW);
        assertThat(amended.status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        assertThat(amended.approved().amount()).isEqualByComparingTo("1000");

        Contract refused = amended.rejected(NOW);
        assertThat(refused.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(refused.details().amount()).isEqualByComparingTo("1000");
        assertThat(refused.details().lines()).isEqualTo(rearranged);
        assertThat(refused.version()).isEqualTo(active.version() + 3);
    }

    @Test
    void anActiveContractKeepsItsCurrencyAndOwnerButADraftChangesAnything() {
        assertThatThrownBy(() -> active(TWO_SEATS).edited(details("1000.00", TWO_SEATS, "USD"), "sales1", NOW))
                .isInstanceOfSatisfying(CrmException.class, e -> {
                    assertThat(e.reason()).isEqualTo("CONTRACT_ACTIVE");
                    assertThat(e.field()).isEqualTo("currency");
                });
        assertThatThrownBy(() -> active(TWO_SEATS).edited(details("1000.00", TWO_SEATS, "CNY"), "sales2", NOW))
                .isInstanceOfSatisfying(
                        CrmException.class, e -> assertThat(e.field()).isEqualTo("ownerId"));

        Contract draft = draft(TWO_SEATS).edited(details("1000.00", TWO_SEATS, "USD"), "sales2", NOW);
        assertThat(draft.details().currency()).isEqualTo("USD");
        assertThat(draft.ownerId()).isEqualTo("sales2");
        assertThat(draft.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void aTermMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ContractDetails(
                        "T",
                        BigDecimal.ONE,
                        "CNY",
                        List.of(),
                        null,
                        LocalDate.parse("2026-05-02"),
                        LocalDate.parse("2026-05-01"),
                        null))
                .isInstanceOfSatisfying(
                        CrmException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void numbersCarryTheYearInUtcAndSixDigitsAtLeast() {
        ContractNumbers numbers = (tenant, year) -> year == 2026 ? 123 : 1_000_000;
        assertThat(numbers.nextNumber("acme", Instant.parse("2026-12-31T23:59:59Z")))
                .isEqualTo("HT-2026-000123");
        assertThat(numbers.nextNumber("acme", Instant.parse("2027-01-01T00:00:00Z")))
                .isEqualTo("HT-2027-1000000");
    }

    private static Contract draft(List<LineItem> lines) {
        return Contract.create(
                CUSTOMER, null, "HT-2026-000001", details(sum(lines), lines, "CNY"), "sales1", "sales1", NOW);
    }

    private static Contract active(List<LineItem> lines) {
        return draft(lines).submitted(NOW).approvedBy("admin", NOW);
    }

    private static ContractDetails details(String amount, List<LineItem> lines, String currency) {
        return new ContractDetails("Seats", new BigDecimal(amount), currency, lines, null, null, null, null);
    }

    private static String sum(List<LineItem> lines) {
        return Money.amount(null, lines).toPlainString();
    }

    private static LineItem line(String product, String quantity, String unitPrice) {
        return new LineItem(product, new BigDecimal(quantity), new BigDecimal(unitPrice), null);
    }
}
