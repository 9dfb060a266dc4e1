package com.crmplatform.dealservice.followup.web;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.dealservice.followup.domain.NewFollowUp;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/v1/opportunities/{id}/follow-ups}. */
record FollowUpRequest(
        @NotNull FollowUpType type,
        @NotBlank @Size(max = 2000) String content,
        Instant occurredAt,
        Instant nextFollowUpAt,
        @Size(max = 20) List<@NotNull UUID> contactIds) {

    NewFollowUp toNewFollowUp() {
        return new NewFollowUp(
                type, content.strip(), occurredAt, nextFollowUpAt, contactIds == null ? List.of() : contactIds);
    }
}
