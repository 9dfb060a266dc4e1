package com.crmplatform.dealservice.lineitem.web;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One line of a deal in a request; amounts are exact JSON numbers, never floating point. */
public record LineItemRequest(
        @NotBlank @Size(max = 200) String productName,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 4)
        BigDecimal quantity,

        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2)
        BigDecimal unitPrice,

        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal discount) {

    public LineItem toLineItem() {
        return new LineItem(productName.strip(), quantity, unitPrice, discount);
    }
}
