package com.crmplatform.dealservice.lineitem.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of an opportunity or a contract: a product, how many, at what unit price, less a discount in percent.
 * Its amount is {@code quantity × unitPrice × (1 − discount / 100)}, rounded half-up to the cent.
 *
 * @param discount percent off, 0 to 100 (0 when none)
 */
public record LineItem(String productName, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LineItem {
        discount = discount == null ? BigDecimal.ZERO : discount;
    }

    public BigDecimal amount() {
        BigDecimal share = HUNDRED.subtract(discount).divide(HUNDRED);
        return quantity.multiply(unitPrice).multiply(share).setScale(2, RoundingMode.HALF_UP);
    }
}
