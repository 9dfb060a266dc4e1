package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}) in place of Boot's {@code BasicErrorController}, whose JSON
 * is not a problem: whatever reaches it (a {@code sendError} of a filter, an exception no handler took) is answered
 * as problem+json with the status it already has and the platform's {@code code}. Hidden from the OpenAPI document:
 * it is no operation of the API (and the authorization probes would otherwise demand a row for it).
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemResponseWriter problems;

    public ProblemErrorController(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        // Called directly rather than as an error page: there is nothing here.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 404;
        if (RequestBodyTooLargeException.in(exception) != null) {
            status = ErrorCode.PAYLOAD_TOO_LARGE.status();
        }
        ErrorCode code = ServerErrors.codeFor(status);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status >= 500 && exception != null) {
            log.error("Unexpected error on {} {}", request.getMethod(), uri, exception);
        }
        ProblemDetail problem = Problems.of(
                code, ServerErrors.title(status), ServerErrors.detailFor(code), uri == null ? "/error" : uri);
        problem.setStatus(status);
        problems.write(response, problem);
    }
}
