package com.crmplatform.dealservice.contract.web;

import com.crmplatform.dealservice.contract.domain.ContractEdit;
import com.crmplatform.dealservice.lineitem.domain.LineItem;
import com.crmplatform.dealservice.lineitem.domain.Money;
import com.crmplatform.dealservice.lineitem.web.LineItemRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code PUT /api/v1/contracts/{id}}: the whole editable state and the version it was read at. Left out:
 * {@code currency} keeps the contract's, {@code ownerId} keeps the owner; dates and signatory are cleared.
 */
record UpdateContractRequest(
        @NotBlank @Size(max = 200) String title,
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @Size(max = 3) String currency,
        @Size(max = 100) List<@NotNull @Valid LineItemRequest> lines,
        LocalDate signedAt,
        LocalDate startDate,
        LocalDate endDate,
        UUID signatoryContactId,
        @Size(max = 64) String ownerId,
        @NotNull Integer version) {

    ContractEdit toEdit() {
        List<LineItem> items = ContractRequests.lines(lines);
        return new ContractEdit(
                title.strip(),
                Money.amount(amount, items),
                ContractRequests.currency(currency),
                items,
                signedAt,
                startDate,
                endDate,
                signatoryContactId,
                ContractRequests.text(ownerId));
    }
}
