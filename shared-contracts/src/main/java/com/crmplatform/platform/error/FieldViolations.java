package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.FieldViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Turns the various validation exceptions into the one {@link FieldViolation} list. */
final class FieldViolations {

    private FieldViolations() {}

    static List<FieldViolation> from(BindingResult result) {
        return result.getAllErrors().stream()
                .map(error -> new FieldViolation(
                        error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName(),
                        error.getCode(),
                        error.getDefaultMessage()))
                .toList();
    }

    static List<FieldViolation> from(HandlerMethodValidationException e) {
        return e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldViolation(
                                result.getMethodParameter().getParameterName(),
                                lastCode(error),
                                error.getDefaultMessage())))
                .toList();
    }

    static List<FieldViolation> from(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(
                        lastNode(v.getPropertyPath().toString()),
                        v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        v.getMessage()))
                .toList();
    }

    /** The JSON field that could not be read, when Jackson can tell which one. */
    static FieldViolation fromUnreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = databind instanceof InvalidFormatException invalid
                    ? "'" + invalid.getValue() + "' is not a valid value for " + field
                    : "Field " + field + " has an invalid value";
            return new FieldViolation(field, "InvalidFormat", message);
        }
        return null;
    }

    private static String lastCode(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
