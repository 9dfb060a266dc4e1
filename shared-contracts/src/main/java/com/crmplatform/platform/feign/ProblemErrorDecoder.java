package com.crmplatform.platform.feign;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.ServiceUnavailableException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Decodes another service's problem+json answer into a {@link RemoteProblemException}; 5xx means unavailable. */
public class ProblemErrorDecoder implements ErrorDecoder {

    private static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "code", "reason", "field", "traceId", "errors");

    private final JsonMapper json;

    public ProblemErrorDecoder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String service = serviceName(response);
        if (response.status() >= 500) {
            return new ServiceUnavailableException(
                    service, new IllegalStateException(methodKey + " answered " + response.status()));
        }
        Map<String, Object> problem = readProblem(response);
        ErrorCode code = codeOf(problem.get("code"), response.status());
        Map<String, Object> extra = new LinkedHashMap<>(problem);
        extra.keySet().removeAll(STANDARD_MEMBERS);
        extra.values().removeIf(java.util.Objects::isNull);
        return new RemoteProblemException(
                response.status(),
                code,
                String.valueOf(problem.getOrDefault("reason", code.name())),
                String.valueOf(problem.getOrDefault("detail", service + " refused the call")),
                problem.get("field") == null ? null : String.valueOf(problem.get("field")),
                extra);
    }

    private static String serviceName(Response response) {
        var template = response.request() == null ? null : response.request().requestTemplate();
        return template == null || template.feignTarget() == null
                ? "A required service"
                : template.feignTarget().name();
    }

    private Map<String, Object> readProblem(Response response) {
        if (response.body() == null) {
            return Map.of();
        }
        try (InputStream body = response.body().asInputStream()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = json.readValue(body, Map.class);
            return map;
        } catch (IOException | JacksonException e) {
            return Map.of();
        }
    }

    private static ErrorCode codeOf(Object code, int status) {
        if (code != null) {
            try {
                return ErrorCode.valueOf(String.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                // a code newer than this caller: fall back to the status
            }
        }
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.ACCESS_DENIED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 409 -> ErrorCode.CONFLICT;
            default -> ErrorCode.VALIDATION_FAILED;
        };
    }
}
