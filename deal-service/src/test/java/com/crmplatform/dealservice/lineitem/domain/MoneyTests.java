package com.crmplatform.dealservice.lineitem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void aLineIsQuantityTimesPriceLessItsDiscountRoundedHalfUpToTheCent() {
        assertThat(line("3", "0.10", "33.33").amount()).isEqualByComparingTo("0.20");
        assertThat(line("1.5", "19999.99", null).amount()).isEqualByComparingTo("29999.99");
        assertThat(line("1", "0.05", "50").amount()).isEqualByComparingTo("0.03");
        assertThat(line("2", "100", "100").amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void manySmallLinesAddUpExactly() {
        List<LineItem> lines = Collections.nCopies(10_000, line("1", "0.10", null));
        assertThat(Money.amount(null, lines)).isEqualByComparingTo("1000.00");
        assertThat(Money.amount(new BigDecimal("1000.0"), lines)).isEqualByComparingTo("1000.00");
    }

    @Test
    void anAmountMustMatchItsLinesAndHaveAtMostCents() {
        assertThatThrownBy(() -> Money.amount(new BigDecimal("0.21"), List.of(line("3", "0.10", "33.33"))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> Money.amount(null, List.of())).isInstanceOf(InvalidRequestException.class);
        assertThat(Money.amount(new BigDecimal("12.5"), List.of()).scale()).isEqualTo(2);
        assertThatThrownBy(() -> Money.amount(null, List.of(line("999999999.9999", "9999999999999.99", null))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("lines"));
    }

    @Test
    void currenciesAreIso4217AndCnyByDefault() {
        assertThat(Money.currency(null, "currency")).isEqualTo("CNY");
        assertThat(Money.currency(" usd ", "currency")).isEqualTo("USD");
        assertThatThrownBy(() -> Money.currency("XYZ", "currency")).isInstanceOf(InvalidRequestException.class);
    }

    private static LineItem line(String quantity, String price, String discount) {
        return new LineItem(
                "p",
                new BigDecimal(quantity),
                new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount));
    }
}
