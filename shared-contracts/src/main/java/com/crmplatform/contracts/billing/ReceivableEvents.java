package com.crmplatform.contracts.billing;

import com.crmplatform.contracts.event.EventType;

/**
 * The events of a contract's receivable: its payment plan (回款计划), overdue installments and full collection.
 * Owner: billing-service. Topic {@code crm.receivable}, record key = contract id.
 */
public final class ReceivableEvents {

    public static final String TOPIC = "crm.receivable";

    public static final EventType<PaymentPlanChanged> PLAN_CHANGED =
            new EventType<>(TOPIC, "com.crmplatform.receivable.plan-changed.v1", PaymentPlanChanged.class);

    /** An installment passed its due date not fully paid (once per installment and due date; for reminders). */
    public static final EventType<InstallmentOverdue> INSTALLMENT_OVERDUE =
            new EventType<>(TOPIC, "com.crmplatform.receivable.installment-overdue.v1", InstallmentOverdue.class);

    /** Confirmed payments reached the contract amount. */
    public static final EventType<ContractFullyPaid> FULLY_PAID =
            new EventType<>(TOPIC, "com.crmplatform.receivable.fully-paid.v1", ContractFullyPaid.class);

    private ReceivableEvents() {}
}
