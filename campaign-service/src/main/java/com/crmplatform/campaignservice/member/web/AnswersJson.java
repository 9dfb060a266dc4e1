package com.crmplatform.campaignservice.member.web;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON answers as the answer check takes them: strings, booleans, numbers as exact decimals, arrays as lists; an
 * object is passed on as a map so that the check refuses it as the wrong type.
 */
public final class AnswersJson {

    private AnswersJson() {}

    /**
     * A request body as a JSON tree whose numbers keep every digit (a NUMBER answer is exact, which Jackson's default
     * double for a JSON fraction is not); 400 {@code MALFORMED_REQUEST} when it is not JSON.
     */
    public static JsonNode parse(JsonMapper json, String body) {
        try {
            JsonNode tree = json.reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(body);
            if (tree != null && !tree.isMissingNode()) {
                return tree;
            }
        } catch (JacksonException e) {
            // refused below
        }
        throw new CrmException(
                ErrorCode.MALFORMED_REQUEST,
                ErrorCode.MALFORMED_REQUEST.name(),
                "The request body is missing or is not valid JSON",
                null,
                Map.of());
    }

    /** The members of a JSON object by name, or null when {@code node} is not an object. */
    public static Map<String, Object> toMap(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        node.properties().forEach(entry -> answers.put(entry.getKey(), value(entry.getValue())));
        return answers;
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.values().forEach(item -> items.add(value(item)));
            return items;
        }
        return toMap(node);
    }
}
