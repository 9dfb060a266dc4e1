package com.crmplatform.campaignservice.stats.domain;

import java.math.BigDecimal;

/**
 * Revenue of a campaign in one currency: its counted contracts, their approved amount and the payments collected.
 *
 * @param currency ISO 4217 code
 * @param contracts counted contracts in this currency
 * @param contractAmount their approved amount, two decimals
 * @param collectedAmount confirmed, not reversed payments in this currency, two decimals
 */
public record CurrencyAmounts(String currency, long contracts, BigDecimal contractAmount, BigDecimal collectedAmount) {}
