package com.crmplatform.contracts.event;

/**
 * Names one versioned kind of event and the record its {@code data} holds, so producers and consumers agree on
 * topic, type and payload from one constant.
 *
 * @param topic the Kafka topic of the aggregate, e.g. {@code crm.lead}
 * @param type the CloudEvents {@code type}, e.g. {@code com.crmplatform.lead.created.v1}
 * @param payloadType the record carried in {@code data}
 */
public record EventType<T>(String topic, String type, Class<T> payloadType) {}
