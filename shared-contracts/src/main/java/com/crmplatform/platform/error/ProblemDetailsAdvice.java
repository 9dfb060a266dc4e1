package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import feign.RetryableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The platform's one exception handler: every error a service answers is an RFC 9457 problem with a stable
 * {@code code}, the offending {@code field}s and the {@code traceId}. Client mistakes never produce a 500.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(CrmException.class)
    ResponseEntity<ProblemDetail> crm(CrmException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e.code(), title(e.code()), e.getMessage(), request.getRequestURI());
        problem.setProperty("reason", e.reason());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        e.properties().forEach(problem::setProperty);
        if (e.code() == ErrorCode.SERVICE_UNAVAILABLE) {
            log.warn("{} (cause: {})", e.getMessage(), String.valueOf(e.getCause()));
        }
        return respond(problem);
    }

    /** A Feign call whose circuit is open, or that failed without a fallback: the remote problem, or 503. */
    @ExceptionHandler(NoFallbackAvailableException.class)
    ResponseEntity<ProblemDetail> remoteFailure(NoFallbackAvailableException e, HttpServletRequest request) {
        if (e.getCause() instanceof CrmException crm) {
            return crm(crm, request);
        }
        return crm(new ServiceUnavailableException("A required service", e.getCause()), request);
    }

    @ExceptionHandler(RetryableException.class)
    ResponseEntity<ProblemDetail> remoteUnreachable(RetryableException e, HttpServletRequest request) {
        return crm(new ServiceUnavailableException("A required service", e), request);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e, HttpServletRequest request) {
        List<FieldViolation> errors = FieldViolations.from(e.getBindingResult());
        return validationFailed(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        return validationFailed(FieldViolations.from(e), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        return validationFailed(FieldViolations.from(e), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        return validationFailed(e.violations(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        RequestBodyTooLargeException tooLarge = RequestBodyTooLargeException.in(e);
        if (tooLarge != null) {
            return bodyTooLarge(tooLarge, request);
        }
        FieldViolation violation = FieldViolations.fromUnreadable(e);
        ProblemDetail problem = Problems.of(
                ErrorCode.MALFORMED_REQUEST,
                "Malformed request body",
                violation == null ? "The request body is missing or is not valid JSON" : violation.message(),
                request.getRequestURI());
        if (violation != null) {
            problem.setProperty("field", violation.field());
            Problems.withErrors(problem, List.of(violation));
        }
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalidParameter(e.getName(), "Parameter '" + e.getName() + "' has an invalid value", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalidParameter(e.getParameterName(), "Parameter '" + e.getParameterName() + "' is required", request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return invalidParameter(
                e.getRequestPartName(), "Multipart part '" + e.getRequestPartName() + "' is required", request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(Problems.of(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "Payload too large",
                "The upload is larger than allowed",
                request.getRequestURI()));
    }

    /** A body without a length that grew past the limit while a controller read it (see RequestBodyLimitFilter). */
    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestBodyTooLargeException e, HttpServletRequest request) {
        return respond(Problems.of(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "Payload too large",
                "The body may be at most " + e.limit() + " bytes on this path",
                request.getRequestURI()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(Problems.of(
                ErrorCode.STALE_VERSION,
                title(ErrorCode.STALE_VERSION),
                "The resource was changed by someone else; reload it and try again",
                request.getRequestURI()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return respond(Problems.of(
                ErrorCode.CONFLICT, title(ErrorCode.CONFLICT), "The resource already exists", request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return respond(Problems.of(
                ErrorCode.ACCESS_DENIED,
                title(ErrorCode.ACCESS_DENIED),
                "Your roles do not allow this call",
                request.getRequestURI()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(Problems.of(
                ErrorCode.UNAUTHENTICATED,
                title(ErrorCode.UNAUTHENTICATED),
                "A valid bearer token is required",
                request.getRequestURI()));
    }

    /** Spring MVC's own errors (unknown path, wrong method, wrong media type…) keep their status. */
    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        ServletRequestBindingException.class,
        ErrorResponseException.class
    })
    ResponseEntity<ProblemDetail> spring(Exception e, HttpServletRequest request) {
        ErrorResponse response = (ErrorResponse) e;
        ErrorCode code = codeFor(response.getStatusCode().value());
        String detail = response.getBody().getDetail();
        return respond(Problems.of(code, title(code), detail, request.getRequestURI()));
    }

    /**
     * The client went away while the answer was being written (the gateway's time limit, a closed browser tab):
     * nothing can reach it any more and nothing went wrong here, so no ERROR line with a stack trace per request.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    }

    /** An answer that could not be written: the client going away, or (a bug) a body Jackson cannot write. */
    @ExceptionHandler(HttpMessageNotWritableException.class)
    ResponseEntity<ProblemDetail> notWritable(HttpMessageNotWritableException e, HttpServletRequest request) {
        if (clientWentAway(e)) {
            log.debug(
                    "Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return null;
        }
        return unexpected(e, request);
    }

    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        RequestBodyTooLargeException tooLarge = RequestBodyTooLargeException.in(e);
        if (tooLarge != null) {
            return bodyTooLarge(tooLarge, request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.of(
                ErrorCode.INTERNAL_ERROR,
                title(ErrorCode.INTERNAL_ERROR),
                "An unexpected error occurred; quote the traceId when reporting it",
                request.getRequestURI()));
    }

    private ResponseEntity<ProblemDetail> validationFailed(List<FieldViolation> errors, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(
                ErrorCode.VALIDATION_FAILED,
                title(ErrorCode.VALIDATION_FAILED),
                errors.size() == 1 ? errors.getFirst().message() : "The request has invalid fields",
                request.getRequestURI());
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.getFirst().field());
        }
        return respond(Problems.withErrors(problem, errors));
    }

    private ResponseEntity<ProblemDetail> invalidParameter(String name, String detail, HttpServletRequest request) {
        ProblemDetail problem =
                Problems.of(ErrorCode.INVALID_PARAMETER, "Invalid parameter", detail, request.getRequestURI());
        problem.setProperty("field", name);
        return respond(Problems.withErrors(problem, List.of(new FieldViolation(name, "InvalidValue", detail))));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCode.INVALID_PARAMETER;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.ACCESS_DENIED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 409 -> ErrorCode.CONFLICT;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status < 500 ? ErrorCode.INVALID_PARAMETER : ErrorCode.INTERNAL_ERROR;
        };
    }

    static String title(ErrorCode code) {
        HttpStatus status = HttpStatus.resolve(code.status());
        return status == null ? code.name() : status.getReasonPhrase();
    }
}
