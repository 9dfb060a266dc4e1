package com.crmplatform.leadservice.followup.web;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.leadservice.followup.domain.NewFollowUp;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code POST /api/v1/leads/{id}/follow-ups}. */
record FollowUpRequest(
        @NotNull FollowUpType type,
        @NotBlank @Size(max = 2000) String content,
        @NotNull @PastOrPresent Instant occurredAt,
        Instant nextFollowUpAt) {

    @AssertTrue(message = "nextFollowUpAt must be after occurredAt")
    boolean isNextAfterOccurred() {
        return nextFollowUpAt == null || occurredAt == null || nextFollowUpAt.isAfter(occurredAt);
    }

    NewFollowUp toNewFollowUp() {
        return new NewFollowUp(type, content.strip(), occurredAt, nextFollowUpAt);
    }
}
