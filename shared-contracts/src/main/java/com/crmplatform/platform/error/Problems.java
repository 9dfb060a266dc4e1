package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.platform.observability.TraceIds;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the platform's problem documents: RFC 9457 members plus {@code code}, {@code traceId}, {@code errors}. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ErrorCode code, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), detail);
        problem.setType(URI.create(code.typeUri()));
        problem.setTitle(title);
        if (instance != null) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException notAUri) {
                // A request the server refused for its odd path (see ProblemErrorController): no instance then.
            }
        }
        problem.setProperty("code", code.name());
        TraceIds.current().ifPresent(traceId -> problem.setProperty("traceId", traceId));
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
