package com.crmplatform.leadservice.conversion.domain;

import com.crmplatform.contracts.customer.CustomerKind;
import java.math.BigDecimal;

/**
 * What the user chose when converting a lead; every part optional.
 *
 * @param customerName the customer's name (default: the lead's company, or the person for an individual)
 * @param kind ORGANIZATION or INDIVIDUAL (default: ORGANIZATION when the lead has a company)
 * @param opportunityName an opportunity to open later (passed on in the event for deal-service)
 * @param opportunityAmount its expected amount
 */
public record ConversionRequest(
        String customerName, CustomerKind kind, String opportunityName, BigDecimal opportunityAmount) {

    public static final ConversionRequest DEFAULTS = new ConversionRequest(null, null, null, null);
}
