package com.crmplatform.leadservice.pool.web;

import jakarta.validation.constraints.Size;

/** {@code POST /{id}/release}: optionally, why. */
record ReleaseRequest(@Size(max = 500) String reason) {}
