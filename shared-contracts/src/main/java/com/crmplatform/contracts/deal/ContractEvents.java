package com.crmplatform.contracts.deal;

import com.crmplatform.contracts.event.EventType;
import java.util.List;

/**
 * The events of the contract aggregate (合同). Owner: deal-service. Topic {@code crm.contract}, record key = contract
 * id. Every type carries the contract's whole state after the change.
 */
public final class ContractEvents {

    public static final String TOPIC = "crm.contract";

    public static final EventType<ContractChanged> CREATED =
            new EventType<>(TOPIC, "com.crmplatform.contract.created.v1", ContractChanged.class);

    /** Details edited; an amount change of an active contract also submits it for approval again. */
    public static final EventType<ContractChanged> UPDATED =
            new EventType<>(TOPIC, "com.crmplatform.contract.updated.v1", ContractChanged.class);

    public static final EventType<ContractChanged> SUBMITTED =
            new EventType<>(TOPIC, "com.crmplatform.contract.submitted.v1", ContractChanged.class);

    /** Approved by an admin: the contract is ACTIVE and payments may be planned and collected. */
    public static final EventType<ContractChanged> APPROVED =
            new EventType<>(TOPIC, "com.crmplatform.contract.approved.v1", ContractChanged.class);

    /** Rejected by an admin with a comment: back to DRAFT (or to ACTIVE at the approved amount). */
    public static final EventType<ContractChanged> REJECTED =
            new EventType<>(TOPIC, "com.crmplatform.contract.rejected.v1", ContractChanged.class);

    public static final EventType<ContractChanged> COMPLETED =
            new EventType<>(TOPIC, "com.crmplatform.contract.completed.v1", ContractChanged.class);

    /** Ended early with a reason ({@code comment}). */
    public static final EventType<ContractChanged> TERMINATED =
            new EventType<>(TOPIC, "com.crmplatform.contract.terminated.v1", ContractChanged.class);

    public static final List<EventType<ContractChanged>> ALL =
            List.of(CREATED, UPDATED, SUBMITTED, APPROVED, REJECTED, COMPLETED, TERMINATED);

    private ContractEvents() {}
}
