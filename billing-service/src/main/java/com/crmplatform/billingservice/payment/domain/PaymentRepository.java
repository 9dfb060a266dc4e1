package com.crmplatform.billingservice.payment.domain;

import com.crmplatform.billingservice.settlement.domain.Allocation;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The payment ledger, always within one tenant: payments and entries are inserted, statuses moved, nothing else. */
public interface PaymentRepository {

    /** Serializes requests with the same key of the same user until the transaction ends. */
    void lockIdempotencyKey(String tenant, String userId, String key);

    Optional<KeyedPayment> findByKey(String tenant, String userId, String key);

    /** Inserts a new payment, with the key and fingerprint of the request that recorded it (both null without one). */
    void insert(Payment payment, String idempotencyKey, String requestHash);

    void addEntry(Payment payment, PaymentEntry entry);

    Optional<Payment> find(String tenant, UUID id);

    /** Locks the payment's row for the rest of the transaction. */
    Optional<Payment> findForUpdate(String tenant, UUID id);

    /** Writes a confirmation or a reversal: the status and who did it, when (and why). */
    void changeStatus(Payment payment);

    /** Oldest first. */
    List<PaymentEntry> history(String tenant, UUID id);

    List<Allocation> allocations(String tenant, UUID id);

    /** The page of payments matching {@code filter}; {@code ownerScope} non-null limits it to one owner's contracts. */
    PageResponse<Payment> search(String tenant, String ownerScope, PaymentFilter filter, PageQuery page);
}
