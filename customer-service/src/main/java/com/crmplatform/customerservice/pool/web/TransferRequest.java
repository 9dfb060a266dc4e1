package com.crmplatform.customerservice.pool.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/v1/customers/transfer}: many customers to one salesperson, all or none. */
record TransferRequest(
        @NotEmpty @Size(max = 500) List<@NotNull UUID> customerIds,
        @NotBlank @Size(max = 64) String ownerId,
        @NotBlank @Size(max = 500) String reason) {}
