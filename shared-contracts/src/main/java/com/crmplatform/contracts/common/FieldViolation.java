package com.crmplatform.contracts.common;

/**
 * One invalid field in a problem document's {@code errors} list.
 *
 * @param field the JSON path of the offending field, e.g. {@code phone} or {@code contacts[0].email}
 * @param code a stable machine-readable reason, e.g. {@code NotBlank}, {@code Size}, {@code InvalidFormat}
 * @param message a human-readable explanation
 */
public record FieldViolation(String field, String code, String message) {}
