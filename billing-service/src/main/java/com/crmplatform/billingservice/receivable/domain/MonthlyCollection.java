package com.crmplatform.billingservice.receivable.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Confirmed payments received in one month, in one currency. */
public record MonthlyCollection(YearMonth month, String currency, long payments, BigDecimal collected) {}
