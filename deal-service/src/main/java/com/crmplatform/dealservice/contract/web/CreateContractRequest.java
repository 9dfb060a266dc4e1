package com.crmplatform.dealservice.contract.web;

import com.crmplatform.dealservice.contract.domain.NewContract;
import com.crmplatform.dealservice.lineitem.web.LineItemRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/v1/contracts}: from a won opportunity ({@code opportunityId}; its customer, amount, currency and
 * lines are taken, so those are left out, and the title defaults to its name), or for a customer ({@code customerId},
 * {@code title}, {@code amount} or {@code lines}, {@code currency} CNY by default).
 */
record CreateContractRequest(
        UUID opportunityId,
        UUID customerId,
        @Size(max = 200) String title,
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @Size(max = 3) String currency,
        @Size(max = 100) List<@NotNull @Valid LineItemRequest> lines,
        LocalDate signedAt,
        LocalDate startDate,
        LocalDate endDate,
        UUID signatoryContactId,
        @Size(max = 64) String ownerId) {

    NewContract toNewContract() {
        return new NewContract(
                opportunityId,
                customerId,
                ContractRequests.text(title),
                amount,
                ContractRequests.currency(currency),
                ContractRequests.lines(lines),
                signedAt,
                startDate,
                endDate,
                signatoryContactId,
                ContractRequests.text(ownerId));
    }
}
