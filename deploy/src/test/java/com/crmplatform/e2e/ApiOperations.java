package com.crmplatform.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the platform, read from the OpenAPI documents the gateway serves for each service
 * ({@code /v3/api-docs/{service}}): the suites that must cover every endpoint start from this list, so an endpoint
 * added tomorrow is in it without anyone remembering to add it.
 */
final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private ApiOperations() {}

    /** One operation: {@code key()} is {@code "POST /api/v1/leads/{id}/claim"}. */
    record ApiOperation(
            String service,
            String method,
            String path,
            String operationId,
            List<Parameter> parameters,
            String bodyContentType,
            JsonNode bodySchema,
            JsonNode document) {

        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return bodySchema != null;
        }

        List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        /** The schema itself, or the component a {@code $ref} names, in this operation's document. */
        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            while (current != null && current.has("$ref")) {
                String ref = current.get("$ref").asString();
                current = document.at(ref.substring(1));
            }
            return current;
        }
    }

    /** A path, query or header parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** The operations of every service, in the documents' order. */
    static List<ApiOperation> load(Gateway gateway) throws IOException, InterruptedException {
        List<ApiOperation> operations = new ArrayList<>();
        for (String service : Platform.SERVICES) {
            operations.addAll(of(service, document(gateway, service)));
        }
        return operations;
    }

    private static JsonNode document(Gateway gateway, String service) throws IOException, InterruptedException {
        var response = gateway.get("/v3/api-docs/" + service, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "No OpenAPI document for " + service + ": " + response.statusCode() + " " + response.body());
        }
        return Gateway.JSON.readTree(response.body());
    }

    static List<ApiOperation> of(String service, JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(service, entry.getKey(), path.getKey(), entry.getValue(), document));
                }
            }
        }
        return operations;
    }

    private static ApiOperation operation(
            String service, String method, String path, JsonNode operation, JsonNode document) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(
                    parameter.get("name").asString(),
                    parameter.get("in").asString(),
                    parameter.path("required").asBoolean(false),
                    parameter.get("schema")));
        }
        String contentType = null;
        JsonNode bodySchema = null;
        for (Map.Entry<String, JsonNode> content :
                operation.path("requestBody").path("content").properties()) {
            contentType = content.getKey();
            bodySchema = content.getValue().get("schema");
            break;
        }
        return new ApiOperation(
                service,
                method.toUpperCase(java.util.Locale.ROOT),
                path,
                operation.path("operationId").asString(""),
                List.copyOf(parameters),
                contentType,
                bodySchema,
                document);
    }
}
