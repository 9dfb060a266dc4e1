package com.crmplatform.platform.error;

import com.crmplatform.contracts.common.ErrorCode;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report as problem+json instead of its HTML page. Tomcat writes it for the requests it refuses
 * itself before any filter or servlet runs (an encoded {@code /} in the path, an invalid request line), so Spring's
 * error handling never sees them. Written by hand: Tomcat creates this valve, not Spring, and the document is fixed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ErrorCode code = ServerErrors.codeFor(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(code, status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is unusable: nothing more to tell anyone.
        }
    }

    /** No instance member: the refused path is exactly what could not be trusted. */
    static String json(ErrorCode code, int status) {
        return "{\"type\":\"" + code.typeUri() + "\",\"title\":\"" + ServerErrors.title(status) + "\",\"status\":"
                + status + ",\"detail\":\"" + ServerErrors.detailFor(code) + "\",\"code\":\"" + code.name() + "\"}";
    }
}
