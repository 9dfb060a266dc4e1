package com.crmplatform.platform.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What every service refuses while reading a JSON body, so that a value a client can send never reaches the database
 * to fail there with a 500: a number or boolean where text is expected ({@code {"name":12345}} is not a name), text
 * with control characters (PostgreSQL rejects NUL) or unpaired surrogates, a number for a date or time
 * ({@code "occurredAt":12345} is not a moment anyone meant), dates and times outside the years 1 to 9999 (beyond
 * PostgreSQL's and any sensible business range), and a fraction for a whole number ({@code 1.5} would be stored as 1:
 * see {@link #refuseFractionsForIntegers}). Each is a 400 {@code MALFORMED_REQUEST} naming the field, through the
 * platform's error handler.
 */
public final class StrictJsonInput {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private StrictJsonInput() {}

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("crm-strict-json-input");
        module.addDeserializer(String.class, new TextDeserializer());
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                boolean temporal = type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class;
                return temporal ? new YearRangeDeserializer(deserializer) : deserializer;
            }
        });
        return module;
    }

    /** Jackson truncates {@code 1.5} to 1 for an {@code int} by default; a client that sent a fraction meant one. */
    public static void refuseFractionsForIntegers(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Index of the first character PostgreSQL could not store or a client did not mean, or -1. */
    static int firstUnwanted(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Text only from JSON strings, and only characters worth storing. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String value = p.getString();
            int unwanted = firstUnwanted(value);
            if (unwanted >= 0) {
                return (String) ctxt.handleWeirdStringValue(
                        String.class, value, "control character or unpaired surrogate at index %d", unwanted);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A date or time only from text, as Jackson reads it, refused outside the years 1 to 9999. */
    static final class YearRangeDeserializer extends DelegatingDeserializer {

        YearRangeDeserializer(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new YearRangeDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != null && p.currentToken().isNumeric()) {
                return ctxt.handleUnexpectedToken(_delegatee.handledType(), p);
            }
            Object value = super.deserialize(p, ctxt);
            Instant instant = switch (value) {
                case LocalDate date -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
                case OffsetDateTime time -> time.toInstant();
                case Instant i -> i;
                case null, default -> null;
            };
            if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
                return ctxt.handleWeirdStringValue(
                        value.getClass(), String.valueOf(value), "must be between the years 1 and 9999");
            }
            return value;
        }
    }
}
