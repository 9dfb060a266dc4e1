package com.crmplatform.leadservice.pool.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/v1/leads/assign}: up to 500 pool leads to one salesperson, all or nothing. */
record BulkAssignRequest(
        @NotEmpty @Size(max = 500) List<@NotNull UUID> leadIds,
        @NotBlank @Size(max = 64) String ownerId,
        @Size(max = 500) String reason) {}
