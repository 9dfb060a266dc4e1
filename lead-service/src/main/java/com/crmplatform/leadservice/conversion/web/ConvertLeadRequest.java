package com.crmplatform.leadservice.conversion.web;

import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.leadservice.conversion.domain.ConversionRequest;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The optional body of {@code POST /api/v1/leads/{id}/convert}. */
record ConvertLeadRequest(
        @Size(min = 1, max = 200) String customerName,
        CustomerKind kind,
        @Size(min = 1, max = 200) String opportunityName,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal opportunityAmount) {

    ConversionRequest toConversionRequest() {
        return new ConversionRequest(customerName, kind, opportunityName, opportunityAmount);
    }
}
