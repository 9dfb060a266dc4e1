package com.crmplatform.campaignservice.member.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON answers as the answer check takes them: strings, booleans, numbers as exact decimals, arrays as lists; an
 * object is passed on as a map so that the check refuses it as the wrong type.
 */
public final class AnswersJson {

    private AnswersJson() {}

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
