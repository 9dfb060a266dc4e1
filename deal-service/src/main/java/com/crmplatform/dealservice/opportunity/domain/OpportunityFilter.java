package com.crmplatform.dealservice.opportunity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The list filters; each is optional and they combine with AND, inside the caller's scope. */
public record OpportunityFilter(
        String stage,
        OpportunityStatus status,
        String ownerId,
        UUID customerId,
        UUID campaignId,
        BigDecimal amountMin,
        BigDecimal amountMax,
        String currency,
        LocalDate closeFrom,
        LocalDate closeTo,
        String keyword) {}
