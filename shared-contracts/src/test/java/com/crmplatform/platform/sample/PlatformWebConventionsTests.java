package com.crmplatform.platform.sample;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The platform's web conventions as a service gets them: errors, security, tenant, paging. */
@WebMvcTest(controllers = SampleController.class, properties = "spring.application.name=platform-sample")
class PlatformWebConventionsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersInvalidFieldsWithProblemNamingEachField() throws Exception {
        mvc.perform(post("/samples")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"email\":\"not-an-email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.type").value("urn:problem:crm:validation-failed"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].code").value("Email"));
    }

    @Test
    void answersMalformedJsonWithProblem() throws Exception {
        mvc.perform(post("/samples")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void namesTheFieldOfAnUnknownEnumValue() throws Exception {
        mvc.perform(post("/samples")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ok\",\"kind\":\"Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("kind"));
    }

    @Test
    void ignoresUnknownFields() throws Exception {
        mvc.perform(post("/samples")
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ok\",\"shoeSize\":42}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value("acme"));
    }

    @Test
    void refusesCallWithoutTokenWith401Problem() throws Exception {
        mvc.perform(get("/samples"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void refusesRoleThatMayNotCallWith403Problem() throws Exception {
        mvc.perform(post("/samples")
                        .with(user("acme", "acme-finance", "crm-finance"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ok\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
    }

    @Test
    void refusesTokenWithoutTenant() throws Exception {
        mvc.perform(get("/samples").with(user(null, "stranger", "crm-admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TENANT_MISSING"));
    }

    @Test
    void mapsNotFoundAndConflictToStableCodes() throws Exception {
        mvc.perform(get("/samples/7d1c8f2e-0000-4000-8000-000000000000").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.reason").value("SAMPLE_NOT_FOUND"));
        mvc.perform(post("/samples/42/conflict").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.reason").value("SAMPLE_DUPLICATE"))
                .andExpect(jsonPath("$.existingId").value("42"));
    }

    @Test
    void answersBadPathParameterAndUnknownPathWithProblems() throws Exception {
        mvc.perform(get("/samples/not-a-uuid").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.field").value("id"));
        mvc.perform(get("/nowhere").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void answersAMissingUploadPartWithAProblemNamingIt() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/samples/upload")
                        .with(user("acme", "a", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.field").value("file"));
    }

    @Test
    void pagesWithDefaultsAndWhitelistedSort() throws Exception {
        mvc.perform(get("/samples").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[0]").value("created_at DESC, id"));
        mvc.perform(get("/samples?sort=name,asc&page=2&size=5").with(user("acme", "a", "crm-admin")))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items[0]").value("name ASC, id"));
    }

    @Test
    void refusesPageSizeAboveMaximumAndUnknownSortField() throws Exception {
        mvc.perform(get("/samples?size=1000").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/samples?sort=password").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"))
                .andExpect(jsonPath("$.detail", containsString("name")));
    }

    @Test
    void refusesTextAStorageWouldRejectOrAClientCouldNotMeanNamingTheField() throws Exception {
        String[][] cases = {
            {"{\"name\":\"a\\u0000b\"}", "name"},
            {"{\"name\":\"ok\",\"tags\":[\"x\\u0001\"]}", "tags[0]"},
            {"{\"name\":\"\\ud800x\"}", "name"},
            {"{\"name\":12345}", "name"},
            {"{\"name\":true}", "name"},
            {"{\"name\":\"ok\",\"due\":\"+999999999-12-31\"}", "due"},
            {"{\"name\":\"ok\",\"due\":\"-0001-01-01\"}", "due"},
            {"{\"name\":\"ok\",\"due\":12345}", "due"},
            {"{\"name\":\"ok\",\"at\":12345}", "at"},
            {"{\"name\":\"ok\",\"at\":1.5e9}", "at"},
            {"{\"name\":\"ok\",\"count\":1.5}", "count"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/samples")
                            .with(user("acme", "a", "crm-admin"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                    .andExpect(jsonPath("$.field").value(c[1]));
        }
        mvc.perform(post("/samples")
                        .with(user("acme", "a", "crm-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\\tb \\ud83d\\ude00\",\"due\":\"2027-01-31\","
                                + "\"at\":\"2027-01-31T08:00:00Z\",\"count\":2}"))
                .andExpect(status().isOk());
    }

    @Test
    void refusesAControlCharacterInAQueryParameterNamingIt() throws Exception {
        mvc.perform(get("/samples").param("keyword", "a\u0000").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.field").value("keyword"));
        mvc.perform(get("/samples").param("keyword", "café\t").with(user("acme", "a", "crm-admin")))
                .andExpect(status().isOk());
    }

    @Test
    void refusesADateParameterOutsideTheYearsOneTo9999NamingIt() throws Exception {
        String[][] cases = {
            {"from", "-999999999-01-01T00:00:00Z"},
            {"from", "+10000-01-01T00:00:00Z"},
            {"from", "0000-12-31T23:59:59Z"},
            {"day", "-999999999-01-01"},
            {"day", "+10000-01-01"},
            {"day", "0000-01-01"},
        };
        for (String[] c : cases) {
            mvc.perform(get("/samples").param(c[0], c[1]).with(user("acme", "a", "crm-admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                    .andExpect(jsonPath("$.field").value(c[0]));
        }
        mvc.perform(get("/samples")
                        .param("from", "2026-12-01T00:00:00Z")
                        .param("day", "2026-12-01")
                        .with(user("acme", "a", "crm-admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/samples")
                        .param("from", "Tue, 1 Dec 2026 08:00:00 GMT")
                        .with(user("acme", "a", "crm-admin")))
                .andExpect(status().isOk());
    }
}
