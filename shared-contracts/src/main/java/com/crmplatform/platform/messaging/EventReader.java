package com.crmplatform.platform.messaging;

import com.crmplatform.contracts.event.EventEnvelope;
import com.crmplatform.contracts.event.EventType;
import java.util.Optional;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a Kafka record value (a structured-mode CloudEvent) into a typed {@link EventEnvelope}. */
public class EventReader {

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json;
    }

    /** The CloudEvents {@code type} of a record value, to dispatch on before reading the payload. */
    public String typeOf(String value) {
        JsonNode type = json.readTree(value).get("type");
        return type == null ? "" : type.asString();
    }

    /** The envelope with its payload, when the record is of {@code type}; empty for other types on the topic. */
    public <T> Optional<EventEnvelope<T>> read(String value, EventType<T> type) {
        if (!type.type().equals(typeOf(value))) {
            return Optional.empty();
        }
        JavaType envelopeType = json.getTypeFactory().constructParametricType(EventEnvelope.class, type.payloadType());
        return Optional.of(json.readValue(value, envelopeType));
    }
}
