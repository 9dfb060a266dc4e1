package com.crmplatform.dealservice.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The list filters; each is optional and they combine with AND, inside the caller's scope.
 *
 * @param signedFrom signed on or after this day
 * @param signedTo signed on or before this day
 * @param keyword part of the title or of the number
 */
public record ContractFilter(
        ContractStatus status,
        String ownerId,
        UUID customerId,
        UUID opportunityId,
        LocalDate signedFrom,
        LocalDate signedTo,
        BigDecimal amountMin,
        BigDecimal amountMax,
        String currency,
        String keyword) {}
