package com.crmplatform.dealservice.contract.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/contracts/{id}/reject}: why, kept in the trail and carried by the event. */
record RejectRequest(@NotBlank @Size(max = 1000) String comment) {}
