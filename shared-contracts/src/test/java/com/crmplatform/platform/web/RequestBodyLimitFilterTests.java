package com.crmplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The reader of a body without a declared length (chunked), which the filter wraps to count it. */
class RequestBodyLimitFilterTests {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(
            new RequestLimitsProperties(null, null, List.of()), new ProblemResponseWriter(new JsonMapper()));

    @Test
    void aChunkedBodyReadsInTheCharsetTheClientNamed() throws Exception {
        HttpServletRequest seen = pass(chunked("text/plain; charset=ISO-8859-1", "caf\u00e9"));

        assertThat(seen.getReader().readLine()).isEqualTo("caf\u00e9");
    }

    @Test
    void aCharsetJavaDoesNotKnowIsTheCheckedUnsupportedEncodingExceptionTomcatAlsoThrows() throws Exception {
        HttpServletRequest seen = pass(chunked("text/plain; charset=x-no-such-charset", "body"));

        assertThatThrownBy(seen::getReader).isInstanceOf(UnsupportedEncodingException.class);
    }

    private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        assertThat(seen.get()).as("the request went on, wrapped").isNotSameAs(request);
        return seen.get();
    }

    private static MockHttpServletRequest chunked(String contentType, String body) {
        return new MockHttpServletRequest("POST", "/samples/open") {
            {
                setContentType(contentType);
                setContent(body.getBytes(StandardCharsets.ISO_8859_1));
            }

            @Override
            public long getContentLengthLong() {
                return -1; // as Tomcat answers for Transfer-Encoding: chunked
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
    }
}
