package com.crmplatform.billingservice.plan.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Payment plans and their installments, always within one tenant and one contract. */
public interface PaymentPlanRepository {

    PlanHeader header(String tenant, UUID contractId);

    /** Live installments with their paid and reserved amounts, by due date. */
    List<Installment> installments(String tenant, UUID contractId);

    /** Which of {@code ids} a payment recorded or confirmed (not reversed) names. */
    Set<UUID> namedByLivePayments(String tenant, UUID contractId, Collection<UUID> ids);

    /** Moves the plan from {@code expectedVersion} to the next; false when it is no longer at that version. */
    boolean bumpVersion(String tenant, UUID contractId, int expectedVersion, String by, Instant at);

    void insert(String tenant, UUID contractId, List<Installment> installments, Instant at);

    void update(String tenant, List<Installment> installments);

    void remove(String tenant, Collection<UUID> ids, Instant at);
}
