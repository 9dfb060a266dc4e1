package com.crmplatform.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

class ProblemDetailsAdviceTests {

    final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/receivables/aging");

    @Test
    void aClientThatWentAwayGetsNothingWrittenAndIsNoError() {
        var brokenPipe = new HttpMessageNotWritableException(
                "Could not write JSON",
                new AsyncRequestNotUsableException("Broken pipe", new IOException("Broken pipe")));

        assertThat(advice.notWritable(brokenPipe, request)).isNull();
        assertThat(ProblemDetailsAdvice.clientWentAway(new IOException("Connection reset by peer")))
                .isTrue();
    }

    @Test
    void aBodyThatCannotBeWrittenIsStillAnInternalError() {
        var bug = new HttpMessageNotWritableException("No serializer", new IllegalStateException("no serializer"));

        var answer = advice.notWritable(bug, request);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "INTERNAL_ERROR");
    }
}
