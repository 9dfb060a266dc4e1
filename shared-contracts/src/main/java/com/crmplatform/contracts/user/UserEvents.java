package com.crmplatform.contracts.user;

import com.crmplatform.contracts.event.EventType;

/**
 * Events about the tenant's users as the CRM sees them. Owner: customer-service (where the admin action "offboard
 * user" lives). Topic {@code crm.user}, record key = the user's id.
 */
public final class UserEvents {

    public static final String TOPIC = "crm.user";

    /** Consumed by lead-service, which moves the leaver's open leads the same way. */
    public static final EventType<UserOffboarded> OFFBOARDED =
            new EventType<>(TOPIC, "com.crmplatform.user.offboarded.v1", UserOffboarded.class);

    private UserEvents() {}
}
