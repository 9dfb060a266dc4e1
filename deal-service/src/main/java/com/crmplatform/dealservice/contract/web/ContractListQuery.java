package com.crmplatform.dealservice.contract.web;

import com.crmplatform.dealservice.contract.domain.ContractFilter;
import com.crmplatform.dealservice.contract.domain.ContractStatus;
import com.crmplatform.platform.error.InvalidRequestException;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of {@code GET /api/v1/contracts}, bound from the query string: a value that does not parse (an unknown
 * status, a date that is not ISO) is 400 {@code VALIDATION_FAILED} with its {@code field}.
 *
 * @param signedFrom signed on or after, ISO date
 * @param signedTo signed on or before, ISO date
 * @param keyword part of the title or of the number
 */
record ContractListQuery(
        ContractStatus status,
        @Size(max = 64) String ownerId,
        UUID customerId,
        UUID opportunityId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedTo,
        BigDecimal amountMin,
        BigDecimal amountMax,
        @Size(max = 3) String currency,
        @Size(max = 100) String keyword) {

    ContractFilter toFilter() {
        if (amountMin != null && amountMax != null && amountMin.compareTo(amountMax) > 0) {
            throw new InvalidRequestException("amountMax", "Range", "amountMax must not be below amountMin");
        }
        if (signedFrom != null && signedTo != null && signedFrom.isAfter(signedTo)) {
            throw new InvalidRequestException("signedTo", "Range", "signedTo must not be before signedFrom");
        }
        return new ContractFilter(
                status,
                ContractRequests.text(ownerId),
                customerId,
                opportunityId,
                signedFrom,
                signedTo,
                amountMin,
                amountMax,
                ContractRequests.currency(currency),
                ContractRequests.text(keyword));
    }
}
