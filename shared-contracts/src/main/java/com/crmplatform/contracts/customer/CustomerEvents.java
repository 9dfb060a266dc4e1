package com.crmplatform.contracts.customer;

import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.event.EventType;

/**
 * The events of the customer aggregate (and its contacts). Owner: customer-service. Topic {@code crm.customer},
 * record key = customer id, so the events of one customer (contacts included) stay in order.
 */
public final class CustomerEvents {

    public static final String TOPIC = "crm.customer";

    public static final EventType<CustomerCreated> CREATED =
            new EventType<>(TOPIC, "com.crmplatform.customer.created.v1", CustomerCreated.class);

    public static final EventType<CustomerUpdated> UPDATED =
            new EventType<>(TOPIC, "com.crmplatform.customer.updated.v1", CustomerUpdated.class);

    public static final EventType<CustomerDeleted> DELETED =
            new EventType<>(TOPIC, "com.crmplatform.customer.deleted.v1", CustomerDeleted.class);

    public static final EventType<CustomerRestored> RESTORED =
            new EventType<>(TOPIC, "com.crmplatform.customer.restored.v1", CustomerRestored.class);

    public static final EventType<CustomerOwnerChanged> OWNER_CHANGED =
            new EventType<>(TOPIC, "com.crmplatform.customer.owner-changed.v1", CustomerOwnerChanged.class);

    public static final EventType<CustomerFollowedUp> FOLLOWED_UP =
            new EventType<>(TOPIC, "com.crmplatform.customer.followed-up.v1", CustomerFollowedUp.class);

    public static final EventType<ContactChanged> CONTACT_CREATED =
            new EventType<>(TOPIC, "com.crmplatform.customer.contact-created.v1", ContactChanged.class);

    public static final EventType<ContactChanged> CONTACT_UPDATED =
            new EventType<>(TOPIC, "com.crmplatform.customer.contact-updated.v1", ContactChanged.class);

    public static final EventType<ContactChanged> CONTACT_DELETED =
            new EventType<>(TOPIC, "com.crmplatform.customer.contact-deleted.v1", ContactChanged.class);

    /** An owned customer enters its warning window before the recycling rules take it (the owner is notified). */
    public static final EventType<CustomerRecycleWarning> RECYCLE_WARNING =
            new EventType<>(TOPIC, "com.crmplatform.customer.recycle-warning.v1", CustomerRecycleWarning.class);

    /** A campaign member was taken in as a customer (auto-sync): created in the pool, linked, or failed. */
    public static final EventType<MemberIntakeResult> CAMPAIGN_MEMBER_TAKEN =
            new EventType<>(TOPIC, "com.crmplatform.customer.campaign-member-taken.v1", MemberIntakeResult.class);

    private CustomerEvents() {}
}
