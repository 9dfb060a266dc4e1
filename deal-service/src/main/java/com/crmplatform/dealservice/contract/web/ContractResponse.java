package com.crmplatform.dealservice.contract.web;

import com.crmplatform.dealservice.contract.domain.ApprovedTerms;
import com.crmplatform.dealservice.contract.domain.Contract;
import com.crmplatform.dealservice.contract.domain.ContractStatus;
import com.crmplatform.dealservice.lineitem.web.LineItemResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract as clients see it; amounts are exact JSON numbers with their currency beside them. {@code approvedAmount},
 * {@code approvedBy} and {@code approvedAt} are the last approval (null before the first one): while an amendment
 * waits for approval, {@code amount} is the proposed amount and {@code approvedAmount} the one in force.
 */
record ContractResponse(
        UUID id,
        String number,
        String title,
        UUID customerId,
        UUID opportunityId,
        BigDecimal amount,
        String currency,
        List<LineItemResponse> lines,
        LocalDate signedAt,
        LocalDate startDate,
        LocalDate endDate,
        String ownerId,
        UUID signatoryContactId,
        UUID sourceCampaignId,
        ContractStatus status,
        BigDecimal approvedAmount,
        String approvedBy,
        Instant approvedAt,
        String terminationReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    static ContractResponse from(Contract c) {
        var d = c.details();
        ApprovedTerms a = c.approved();
        return new ContractResponse(
                c.id(),
                c.number(),
                d.title(),
                c.customerId(),
                c.opportunityId(),
                d.amount(),
                d.currency(),
                d.lines().stream().map(LineItemResponse::from).toList(),
                d.signedAt(),
                d.startDate(),
                d.endDate(),
                c.ownerId(),
                d.signatoryContactId(),
                c.sourceCampaignId(),
                c.status(),
                a == null ? null : a.amount(),
                a == null ? null : a.approvedBy(),
                a == null ? null : a.approvedAt(),
                c.terminationReason(),
                c.createdBy(),
                c.createdAt(),
                c.updatedAt(),
                c.version());
    }
}
