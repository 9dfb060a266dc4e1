package com.crmplatform.dealservice.opportunity.web;

import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/opportunities/{id}/reopen}: into {@code stage}, or (null) the stage it was closed from. */
record ReopenRequest(@Size(max = 32) String stage) {}
