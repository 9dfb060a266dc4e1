package com.crmplatform.contracts.deal;

import java.util.UUID;

/**
 * A customer's deal status as deal-service last computed it, carried by every opportunity and contract event.
 * {@code sequence} grows with each computation for the customer, so a consumer keeps the highest one it saw and
 * events of the two topics may arrive in any order.
 *
 * @param customerId the customer
 * @param status {@code NONE}, {@code IN_PROGRESS} (an open opportunity, a won one without a contract yet, or a contract not
 *     yet approved) or
 *     {@code DEAL} (an active or completed contract)
 * @param sequence the computation's number for this customer, from 1
 */
public record CustomerDeal(UUID customerId, DealStatus status, long sequence) {}
