package com.crmplatform.billingservice.plan.domain;

import java.time.Instant;

/** A plan's version and last change; version 0, nobody and never for a contract without a plan. */
public record PlanHeader(int version, String updatedBy, Instant updatedAt) {

    public static final PlanHeader NONE = new PlanHeader(0, null, null);
}
