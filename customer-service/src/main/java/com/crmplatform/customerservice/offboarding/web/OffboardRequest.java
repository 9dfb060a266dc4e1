package com.crmplatform.customerservice.offboarding.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/users/{userId}/offboard}: a colleague ({@code toOwnerId}) or the pool ({@code toPool}). */
record OffboardRequest(
        @Size(max = 64) String toOwnerId,
        Boolean toPool,
        @NotBlank @Size(max = 500) String reason) {

    @AssertTrue(message = "name exactly one of toOwnerId and toPool: true")
    boolean isOneTarget() {
        boolean colleague = toOwnerId != null && !toOwnerId.isBlank();
        return colleague != Boolean.TRUE.equals(toPool);
    }

    String target() {
        return Boolean.TRUE.equals(toPool) ? null : toOwnerId.strip();
    }
}
