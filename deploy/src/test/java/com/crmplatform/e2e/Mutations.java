package com.crmplatform.e2e;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.text.RandomStringGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The hostile values of one field or query parameter, derived from its OpenAPI schema. Text comes from Apache Commons
 * Text's {@link RandomStringGenerator} (control characters, letters of a given length) and numbers past a limit from
 * the same {@link Random}, seeded once, so that every run with the same seed sends the same requests.
 *
 * <p>A value is {@link Expect#REFUSED} when the schema (or the platform's documented input rules:
 * {@code StrictJsonInput}, {@code StrictParameters}) makes it invalid, so any 2xx is a defect; {@link Expect#ANY}
 * when it may be valid (text exactly at {@code maxLength}, a number exactly at its limit), so a 2xx is allowed.
 */
final class Mutations {

    enum Expect {
        /** Must be refused with a 4xx problem. */
        REFUSED,
        /** Possibly valid: a 2xx is fine, a refusal must still be a 4xx problem. */
        ANY
    }

    /** One value: {@code json} is raw JSON text for a body, or an already URL-encoded value for a query. */
    record Value(String name, String json, Expect expect) {}

    static final String DATE_TIME_FAR_PAST = "-999999999-01-01T00:00:00Z";
    static final String DATE_TIME_FAR_FUTURE = "+10000-01-01T00:00:00Z";
    static final String DATE_TIME_YEAR_ZERO = "0000-01-01T00:00:00Z";
    static final String TWO_TO_THE_63 = "9223372036854775808";

    private final Random random;
    private final RandomStringGenerator controlCharacters;
    private final RandomStringGenerator letters;

    Mutations(long seed) {
        this.random = new Random(seed);
        char[] refused = new char[0x20 - 3];
        int next = 0;
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                refused[next++] = c;
            }
        }
        this.controlCharacters = new RandomStringGenerator.Builder()
                .selectFrom(refused)
                .usingRandom(random::nextInt)
                .get();
        this.letters = new RandomStringGenerator.Builder()
                .withinRange('a', 'z')
                .usingRandom(random::nextInt)
                .get();
    }

    /** C0 control characters that {@code StrictJsonInput} refuses (all but tab, CR and LF): NUL and one drawn. */
    List<Character> controls() {
        return List.of('\u0000', controlCharacters.generate(1).charAt(0));
    }

    /**
     * One unpaired high and one unpaired low surrogate (drawn from the seeded random: no text generator produces an
     * unpaired surrogate, by design).
     */
    List<Character> surrogates() {
        return List.of((char) (0xd800 + random.nextInt(0x400)), (char) (0xdc00 + random.nextInt(0x400)));
    }

    /** Lower-case letters: 64 drawn, repeated up to {@code length} (a 100,000-character value costs no time). */
    String letters(int length) {
        if (length <= 0) {
            return "";
        }
        String drawn = letters.generate(Math.min(length, 64));
        return drawn.repeat(length / drawn.length() + 1).substring(0, length);
    }

    int intAbove(long limit) {
        long low = Math.min(limit + 1, Integer.MAX_VALUE);
        return (int) random.nextLong(low, (long) Integer.MAX_VALUE + 1);
    }

    int intBelow(long limit) {
        long high = Math.max(limit - 1, Integer.MIN_VALUE);
        return (int) random.nextLong(Integer.MIN_VALUE, high + 1);
    }

    /** A JSON string literal of {@code text}, with lone surrogates written as escapes by hand. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The hostile values for one field of a JSON body; {@code valid} is the field's valid value as JSON. */
    List<Value> forBodyField(JsonNode schema, boolean required, JsonNode valid) {
        List<Value> values = new ArrayList<>();
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        if (schema.has("$ref") || (type.equals("object") && !schema.has("additionalProperties"))) {
            type = "object";
        }
        switch (type) {
            case "string" -> strings(values, schema, format, valid);
            case "integer" -> integers(values, schema, format);
            case "number" -> numbers(values, schema);
            case "boolean" -> {
                values.add(new Value("text for boolean", "\"yes\"", Expect.REFUSED));
                values.add(new Value("object for boolean", "{}", Expect.REFUSED));
            }
            case "array" -> {
                values.add(new Value("object for array", "{\"a\":1}", Expect.REFUSED));
                values.add(new Value("number for array", "42", Expect.REFUSED));
                values.add(new Value("10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000), Expect.REFUSED));
                int maxItems = schema.path("maxItems").asInt(-1);
                if (maxItems > 0 && valid != null && valid.isArray() && !valid.isEmpty()) {
                    String item = Gateway.JSON.writeValueAsString(valid.get(0));
                    values.add(new Value(
                            "maxItems+1 (" + (maxItems + 1) + ")",
                            "[" + String.join(",", java.util.Collections.nCopies(maxItems + 1, item)) + "]",
                            Expect.REFUSED));
                }
                JsonNode items = schema.path("items");
                if (items.path("type").asString("").equals("string")) {
                    values.add(new Value("number item for text", "[12345]", Expect.REFUSED));
                    values.add(new Value("NUL in an item", "[" + jsonString("a\u0000b") + "]", Expect.REFUSED));
                }
            }
            case "object" -> {
                values.add(new Value("array for object", "[1,2]", Expect.REFUSED));
                values.add(new Value("text for object", "\"x\"", Expect.REFUSED));
                if (schema.has("additionalProperties")) {
                    values.add(
                            new Value("NUL in a map value", "{\"k\":" + jsonString("v\u0000") + "}", Expect.REFUSED));
                    values.add(new Value(
                            "lone surrogate in a map key", "{" + jsonString("k\ud800") + ":\"v\"}", Expect.REFUSED));
                }
            }
            default -> {}
        }
        values.add(new Value("null", "null", required ? Expect.REFUSED : Expect.ANY));
        return values;
    }

    private void strings(List<Value> values, JsonNode schema, String format, JsonNode valid) {
        String base = valid != null && valid.isString() ? valid.asString() : "ab";
        String head = base.isEmpty() ? "ab" : base.substring(0, Math.min(2, base.length()));
        for (char c : controls()) {
            values.add(
                    new Value(String.format("control U+%04X", (int) c), jsonString(head + c + "cd"), Expect.REFUSED));
        }
        for (char c : surrogates()) {
            values.add(new Value(
                    String.format("lone surrogate \\u%04x", (int) c), jsonString(head + c + "cd"), Expect.REFUSED));
        }
        values.add(new Value("number for text", "12345", Expect.REFUSED));
        values.add(new Value("array for text", "[\"a\"]", Expect.REFUSED));
        if (schema.has("enum")) {
            values.add(new Value("unknown enum value", "\"NOT_A_" + letters(6).toUpperCase() + "\"", Expect.REFUSED));
            return;
        }
        switch (format) {
            case "date-time" -> {
                values.add(new Value("date-time far past", jsonString(DATE_TIME_FAR_PAST), Expect.REFUSED));
                values.add(new Value("date-time year 10000", jsonString(DATE_TIME_FAR_FUTURE), Expect.REFUSED));
                values.add(new Value("date-time year 0", jsonString(DATE_TIME_YEAR_ZERO), Expect.REFUSED));
                values.add(new Value("date-time Feb 30", "\"2026-02-30T00:00:00Z\"", Expect.REFUSED));
                return;
            }
            case "date" -> {
                values.add(new Value("date far past", "\"-999999999-01-01\"", Expect.REFUSED));
                values.add(new Value("date year 10000", "\"+10000-01-01\"", Expect.REFUSED));
                values.add(new Value("date year 0", "\"0000-01-01\"", Expect.REFUSED));
                values.add(new Value("date 9999-12-31", "\"9999-12-31\"", Expect.ANY));
                return;
            }
            case "uuid" -> {
                values.add(new Value("not a uuid", "\"not-a-uuid\"", Expect.REFUSED));
                return;
            }
            default -> {}
        }
        int maxLength = schema.path("maxLength").asInt(-1);
        if (maxLength > 0) {
            values.add(new Value("at maxLength " + maxLength, jsonString(letters(maxLength)), Expect.ANY));
            values.add(new Value(
                    "maxLength+1 (" + (maxLength + 1) + ")", jsonString(letters(maxLength + 1)), Expect.REFUSED));
        }
        values.add(new Value(
                "100,000 characters", jsonString(letters(100_000)), maxLength > 0 ? Expect.REFUSED : Expect.ANY));
    }

    private void integers(List<Value> values, JsonNode schema, String format) {
        boolean int32 = !format.equals("int64");
        if (schema.has("minimum")) {
            long min = schema.get("minimum").asLong();
            values.add(new Value("at minimum " + min, String.valueOf(min), Expect.ANY));
            values.add(new Value("below minimum", String.valueOf(intBelow(min)), Expect.REFUSED));
        } else {
            values.add(new Value("negative", "-1", Expect.ANY));
        }
        if (schema.has("maximum")) {
            long max = schema.get("maximum").asLong();
            values.add(new Value("at maximum " + max, String.valueOf(max), Expect.ANY));
            values.add(new Value("above maximum", String.valueOf(intAbove(max)), Expect.REFUSED));
        }
        if (int32) {
            values.add(new Value("2^31 for int32", "2147483648", Expect.REFUSED));
        }
        values.add(new Value("2^63", TWO_TO_THE_63, Expect.REFUSED));
        values.add(new Value("1e400", "1e400", Expect.REFUSED));
        values.add(new Value("fraction for integer", "1.5", Expect.REFUSED));
        values.add(new Value("text for integer", "\"twelve\"", Expect.REFUSED));
        values.add(new Value("array for integer", "[1]", Expect.REFUSED));
    }

    private void numbers(List<Value> values, JsonNode schema) {
        if (schema.has("minimum")) {
            BigDecimal min = schema.get("minimum").decimalValue();
            values.add(new Value("at minimum " + min.toPlainString(), min.toPlainString(), Expect.ANY));
            values.add(new Value(
                    "below minimum",
                    min.subtract(BigDecimal.valueOf(1 + random.nextInt(1_000_000)))
                            .toPlainString(),
                    Expect.REFUSED));
            values.add(new Value(
                    "just below minimum", min.subtract(new BigDecimal("0.01")).toPlainString(), Expect.REFUSED));
        }
        if (schema.has("maximum")) {
            BigDecimal max = schema.get("maximum").decimalValue();
            values.add(new Value("at maximum " + max.toPlainString(), max.toPlainString(), Expect.ANY));
            values.add(new Value(
                    "just above maximum", max.add(new BigDecimal("0.01")).toPlainString(), Expect.REFUSED));
        }
        values.add(new Value("1e400", "1e400", Expect.REFUSED));
        values.add(new Value("-1e400", "-1e400", Expect.REFUSED));
        values.add(new Value("2^63", TWO_TO_THE_63, Expect.ANY));
        values.add(new Value("1e-400", "1e-400", Expect.ANY));
        values.add(new Value("text for number", "\"twelve\"", Expect.REFUSED));
        values.add(new Value("boolean for number", "false", Expect.REFUSED));
        values.add(new Value("array for number", "[1]", Expect.REFUSED));
    }

    /** The hostile values of one query parameter, URL-encoded. */
    List<Value> forQueryParameter(JsonNode schema) {
        List<Value> values = new ArrayList<>();
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        switch (type) {
            case "string" -> {
                for (char c : controls()) {
                    values.add(new Value(
                            String.format("control U+%04X", (int) c), "ab" + encode(c) + "cd", Expect.REFUSED));
                }
                // a surrogate cannot be UTF-8: its would-be bytes are invalid UTF-8 the service must refuse or replace
                values.add(new Value("surrogate bytes %ED%A0%80", "ab%ED%A0%80cd", Expect.ANY));
                if (schema.has("enum")) {
                    values.add(new Value(
                            "unknown enum value", "NOT_A_" + letters(6).toUpperCase(), Expect.REFUSED));
                } else if (format.equals("uuid")) {
                    values.add(new Value("not a uuid", "not-a-uuid", Expect.REFUSED));
                } else if (format.equals("date")) {
                    values.add(new Value("date far past", "-999999999-01-01", Expect.REFUSED));
                    values.add(new Value("date year 10000", "%2B10000-01-01", Expect.REFUSED));
                    values.add(new Value("date year 0", "0000-01-01", Expect.REFUSED));
                } else if (format.equals("date-time")) {
                    values.add(new Value("date-time far past", encode(DATE_TIME_FAR_PAST), Expect.REFUSED));
                    values.add(new Value("date-time year 10000", encode(DATE_TIME_FAR_FUTURE), Expect.REFUSED));
                    values.add(new Value("date-time year 0", encode(DATE_TIME_YEAR_ZERO), Expect.REFUSED));
                } else {
                    int maxLength = schema.path("maxLength").asInt(-1);
                    if (maxLength > 0) {
                        values.add(new Value("at maxLength " + maxLength, letters(maxLength), Expect.ANY));
                        values.add(new Value("maxLength+1", letters(maxLength + 1), Expect.REFUSED));
                    } else {
                        values.add(new Value("extreme date text", encode(DATE_TIME_FAR_PAST), Expect.ANY));
                        values.add(new Value("1,000 characters", letters(1_000), Expect.ANY));
                    }
                }
            }
            case "integer" -> {
                if (schema.has("minimum")) {
                    long min = schema.get("minimum").asLong();
                    values.add(new Value("at minimum", String.valueOf(min), Expect.ANY));
                    values.add(new Value("below minimum", String.valueOf(intBelow(min)), Expect.REFUSED));
                }
                if (schema.has("maximum")) {
                    long max = schema.get("maximum").asLong();
                    values.add(new Value("at maximum", String.valueOf(max), Expect.ANY));
                    values.add(new Value("above maximum", String.valueOf(intAbove(max)), Expect.REFUSED));
                } else {
                    values.add(new Value("Integer.MAX_VALUE", String.valueOf(Integer.MAX_VALUE), Expect.ANY));
                }
                values.add(new Value("2^63", TWO_TO_THE_63, Expect.REFUSED));
                values.add(new Value("1e400", "1e400", Expect.REFUSED));
                values.add(new Value("fraction", "1.5", Expect.REFUSED));
                values.add(new Value("text", "twelve", Expect.REFUSED));
                values.add(new Value("NUL", "1%00", Expect.REFUSED));
            }
            case "number" -> {
                values.add(new Value("1e400", "1e400", Expect.ANY));
                values.add(new Value("1e999999999", "1e999999999", Expect.ANY));
                values.add(new Value("-2^63", "-" + TWO_TO_THE_63, Expect.ANY));
                values.add(new Value("text", "twelve", Expect.REFUSED));
                values.add(new Value("NaN", "NaN", Expect.REFUSED));
            }
            case "boolean" -> {
                values.add(new Value("not a boolean", "maybe", Expect.REFUSED));
                values.add(new Value("NUL", "true%00", Expect.REFUSED));
            }
            default -> {}
        }
        return values;
    }

    static String encode(char c) {
        return String.format("%%%02X", (int) c);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
