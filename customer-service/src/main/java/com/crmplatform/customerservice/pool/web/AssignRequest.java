package com.crmplatform.customerservice.pool.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/customers/{id}/assign}: the salesperson who gets the customer, and why. */
record AssignRequest(
        @NotBlank @Size(max = 64) String ownerId,
        @NotBlank @Size(max = 500) String reason) {}
