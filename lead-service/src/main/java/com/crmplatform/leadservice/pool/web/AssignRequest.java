package com.crmplatform.leadservice.pool.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /{id}/assign} and {@code /{id}/transfer}: to whom, and why. */
record AssignRequest(
        @NotBlank @Size(max = 64) String ownerId,
        @Size(max = 500) String reason) {}
