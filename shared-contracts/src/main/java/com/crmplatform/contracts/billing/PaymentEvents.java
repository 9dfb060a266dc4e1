package com.crmplatform.contracts.billing;

import com.crmplatform.contracts.event.EventType;
import java.util.List;

/**
 * The events of payments received (回款). Owner: billing-service. Topic {@code crm.payment}, record key = payment
 * id. Only a confirmed payment counts as collected; a reversal is a new payment entry that points at the one it
 * reverses (the ledger is append-only).
 */
public final class PaymentEvents {

    public static final String TOPIC = "crm.payment";

    /** A salesperson or finance recorded a payment; not collected until confirmed. */
    public static final EventType<PaymentChanged> RECORDED =
            new EventType<>(TOPIC, "com.crmplatform.payment.recorded.v1", PaymentChanged.class);

    /** Finance confirmed it (回款确认): from now on it counts as collected. */
    public static final EventType<PaymentChanged> CONFIRMED =
            new EventType<>(TOPIC, "com.crmplatform.payment.confirmed.v1", PaymentChanged.class);

    /** Finance reversed it with a reason; a confirmed payment's amount no longer counts as collected. */
    public static final EventType<PaymentChanged> REVERSED =
            new EventType<>(TOPIC, "com.crmplatform.payment.reversed.v1", PaymentChanged.class);

    public static final List<EventType<PaymentChanged>> ALL = List.of(RECORDED, CONFIRMED, REVERSED);

    private PaymentEvents() {}
}
