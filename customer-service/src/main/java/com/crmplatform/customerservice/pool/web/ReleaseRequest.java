package com.crmplatform.customerservice.pool.web;

import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/customers/{id}/release}: an optional reason. */
record ReleaseRequest(@Size(max = 500) String reason) {}
