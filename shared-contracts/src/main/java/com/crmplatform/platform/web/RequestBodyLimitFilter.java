package com.crmplatform.platform.web;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code crm.web.max-body-size} ({@code max-bulk-body-size} on the service's bulk
 * paths) with 413 {@code PAYLOAD_TOO_LARGE}, without reading it: by its {@code Content-Length} before anything else
 * runs, and a body without one (chunked) by counting while it is read, failing the read at the limit. A 20 MB
 * JSON body is thus never parsed, nor held whole in memory. Multipart uploads are read by Tomcat itself, which keeps
 * its own limit ({@code spring.servlet.multipart.max-request-size}) the same way.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final RequestLimitsProperties limits;
    private final ProblemResponseWriter problems;

    RequestBodyLimitFilter(RequestLimitsProperties limits, ProblemResponseWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            // The body stays unread; closing the connection spares Tomcat from swallowing it.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            problems.write(
                    request,
                    response,
                    ErrorCode.PAYLOAD_TOO_LARGE,
                    "The body may be at most " + limit + " bytes on this path; this one declares " + declared);
            response.flushBuffer(); // the answer goes out now, whatever the container then does with the body
            return;
        }
        chain.doFilter(declared >= 0 ? request : new LimitedBodyRequest(request, limit), response);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String bulk : limits.bulkPaths()) {
            if (PATHS.match(bulk, path)) {
                return limits.maxBulkBodySize().toBytes();
            }
        }
        return limits.maxBodySize().toBytes();
    }

    /** A request whose body (no declared length) fails its reader once more than {@code limit} bytes came in. */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), limit);
            }
            return body;
        }

        /**
         * As Tomcat's own reader: a charset the client names that Java does not know is an {@link
         * UnsupportedEncodingException} (an {@code IOException} the caller expects), never an unchecked exception.
         */
        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), charsetOf(encoding)));
        }

        private static Charset charsetOf(String encoding) throws UnsupportedEncodingException {
            if (encoding == null) {
                return StandardCharsets.UTF_8;
            }
            try {
                return Charset.forName(encoding);
            } catch (IllegalArgumentException unknownOrIllegal) {
                throw new UnsupportedEncodingException(encoding);
            }
        }
    }
}
