package com.crmplatform.leadservice.followup.web;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.leadservice.followup.domain.FollowUp;
import com.crmplatform.leadservice.followup.domain.FollowUpService;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FollowUpController.class)
class FollowUpControllerTests {

    static final UUID LEAD = UUID.fromString("cf0226d9-8743-4666-9300-8b13e1bd65aa");
    static final String PATH = "/api/v1/leads/" + LEAD + "/follow-ups";
    static final String CALL =
            "{\"type\":\"CALL\",\"content\":\"Discussed prices\",\"occurredAt\":\"2026-11-25T10:00:00Z\",\"nextFollowUpAt\":\"2026-12-01T10:00:00Z\"}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FollowUpService followUps;

    @Test
    void recordsAFollowUpAndAnswers201() throws Exception {
        FollowUp followUp = new FollowUp(
                UUID.randomUUID(),
                "acme",
                LEAD,
                FollowUpType.CALL,
                "Discussed prices",
                Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-12-01T10:00:00Z"),
                "s1",
                Instant.parse("2026-11-25T10:05:00Z"));
        given(followUps.record(eq(LEAD), any(), any())).willReturn(followUp);

        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALL))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("CALL"))
                .andExpect(jsonPath("$.nextFollowUpAt").value("2026-12-01T10:00:00Z"));
    }

    @Test
    void refusesMarketingAndFinanceAndCallsWithoutToken() throws Exception {
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-marketing", "crm-marketing"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALL))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
        mvc.perform(get(PATH).with(user("acme", "acme-finance", "crm-finance"))).andExpect(status().isForbidden());
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(CALL))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(followUps);
    }

    @Test
    void refusesAnUnknownTypeABlankContentAFutureOccurrenceAndANextBeforeIt() throws Exception {
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALL.replace("CALL", "PIGEON")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.field").value("type"));
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALL.replace("Discussed prices", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("content"));
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALL.replace("2026-11-25T10:00:00Z", "2999-01-01T00:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'occurredAt')]").exists());
        mvc.perform(post(PATH)
                        .with(user("acme", "acme-sales1", "crm-sales"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(CALL.replace("2026-12-01T10:00:00Z", "2026-11-01T10:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("nextAfterOccurred"));
        mvc.perform(get(PATH + "?size=101").with(user("acme", "acme-sales1", "crm-sales")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        verifyNoInteractions(followUps);
    }
}
