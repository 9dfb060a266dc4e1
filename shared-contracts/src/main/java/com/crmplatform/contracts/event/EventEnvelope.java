package com.crmplatform.contracts.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The platform's one event envelope: CloudEvents 1.0 attributes in structured JSON mode, plus the {@code tenant}
 * extension. Every Kafka record value on a {@code crm.*} topic is one of these.
 *
 * @param specversion always {@code 1.0}
 * @param id unique event id; consumers apply an id once
 * @param source the producing service, e.g. {@code /lead-service}
 * @param type versioned event type, e.g. {@code com.crmplatform.lead.created.v1}
 * @param subject the aggregate id (also the Kafka record key)
 * @param time when the change happened
 * @param datacontenttype always {@code application/json}
 * @param tenant the business line the change belongs to (CloudEvents extension attribute)
 * @param data the event payload, a record from {@code com.crmplatform.contracts}
 */
public record EventEnvelope<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String tenant,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Kafka record header for the content type of a structured-mode CloudEvent. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenant, "tenant");
    }
}
