package com.crmplatform.dealservice.opportunity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/opportunities/{id}/stage}: an open stage, WON, or LOST with a loss reason; {@code version}
 * (optional) refuses the move when someone changed the opportunity since it was read.
 */
record StageChangeRequest(
        @NotBlank @Size(max = 32) String stage,
        @Size(max = 32) String lossReason,
        Integer version) {}
