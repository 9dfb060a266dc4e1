package com.crmplatform.leadservice.lead.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/leads/{id}/invalidate}: why the lead is invalid. */
record InvalidateLeadRequest(@NotBlank @Size(max = 500) String reason) {}
