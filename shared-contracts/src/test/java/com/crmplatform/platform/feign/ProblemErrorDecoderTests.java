package com.crmplatform.platform.feign;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.ServiceUnavailableException;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProblemErrorDecoderTests {

    final ProblemErrorDecoder decoder =
            new ProblemErrorDecoder(JsonMapper.builder().build());

    @Test
    void decodesARemoteProblemIntoATypedErrorKeepingItsCodeReasonAndExtraMembers() {
        Exception error = decoder.decode("CustomerClient#fromLead", response(409, """
                        {"type":"urn:problem:crm:conflict","title":"Conflict","status":409,
                         "detail":"A customer with this name exists","code":"CONFLICT",
                         "reason":"CUSTOMER_DUPLICATE","existingId":"42","traceId":"abc"}
                        """));

        assertThat(error).isInstanceOf(RemoteProblemException.class);
        RemoteProblemException problem = (RemoteProblemException) error;
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(problem.reason()).isEqualTo("CUSTOMER_DUPLICATE");
        assertThat(problem.getMessage()).isEqualTo("A customer with this name exists");
        assertThat(problem.properties()).containsEntry("existingId", "42").doesNotContainKey("traceId");
    }

    @Test
    void fallsBackToTheStatusWhenTheBodyIsNotAProblem() {
        Exception error = decoder.decode("CustomerClient#get", response(404, "not json"));

        assertThat(error).isInstanceOf(RemoteProblemException.class);
        assertThat(((RemoteProblemException) error).code()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void treatsAServerErrorAsTheServiceBeingUnavailable() {
        Exception error = decoder.decode("CustomerClient#fromLead", response(503, "{}"));

        assertThat(error).isInstanceOf(ServiceUnavailableException.class);
        assertThat(((ServiceUnavailableException) error).code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    private static Response response(int status, String body) {
        Map<String, Collection<String>> headers = Map.of("Content-Type", List.of("application/problem+json"));
        Request request = Request.create(
                Request.HttpMethod.POST,
                "http://customer-service/api/v1/customers/from-lead",
                Map.of(),
                null,
                null,
                null);
        return Response.builder()
                .status(status)
                .request(request)
                .headers(headers)
                .body(body, StandardCharsets.UTF_8)
                .build();
    }
}
