package com.crmplatform.dealservice.lineitem.web;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import java.math.BigDecimal;

/** One line of a deal as clients see it, with its computed amount. */
public record LineItemResponse(
        String productName, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal amount) {

    public static LineItemResponse from(LineItem line) {
        return new LineItemResponse(
                line.productName(), line.quantity(), line.unitPrice(), line.discount(), line.amount());
    }
}
