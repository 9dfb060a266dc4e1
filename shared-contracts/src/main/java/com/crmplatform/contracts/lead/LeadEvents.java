package com.crmplatform.contracts.lead;

import com.crmplatform.contracts.event.EventType;

/** The events of the lead aggregate. Owner: lead-service. Topic {@code crm.lead}, record key = lead id. */
public final class LeadEvents {

    /** One topic for the lead aggregate; the record key is the lead id, so a lead's events stay in order. */
    public static final String TOPIC = "crm.lead";

    public static final EventType<LeadCreated> CREATED =
            new EventType<>(TOPIC, "com.crmplatform.lead.created.v1", LeadCreated.class);

    private LeadEvents() {}
}
