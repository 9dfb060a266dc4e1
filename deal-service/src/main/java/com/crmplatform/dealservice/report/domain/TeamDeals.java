package com.crmplatform.dealservice.report.domain;

import java.math.BigDecimal;

/**
 * One salesperson's closed business in one currency within the period: opportunities won and lost (by the time they
 * closed) and contracts approved (by the time of their approval), with their exact sums.
 */
public record TeamDeals(
        String ownerId,
        String currency,
        long won,
        BigDecimal wonAmount,
        long lost,
        BigDecimal lostAmount,
        long contracts,
        BigDecimal contractAmount) {}
