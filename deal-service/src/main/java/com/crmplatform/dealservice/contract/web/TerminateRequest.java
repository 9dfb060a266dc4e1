package com.crmplatform.dealservice.contract.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/contracts/{id}/terminate}: why the contract ends early. */
record TerminateRequest(@NotBlank @Size(max = 500) String reason) {}
