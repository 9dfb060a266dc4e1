package com.crmplatform.campaignservice.publicpage.web;

import com.crmplatform.campaignservice.member.domain.InvalidAnswersException;
import com.crmplatform.campaignservice.member.web.AnswersJson;
import com.crmplatform.campaignservice.publicpage.domain.PublicFormService;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.platform.error.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public form as JSON, for a page or app of the campaign's own (no token: {@code crm.security.public-paths}). */
@RestController
@RequestMapping("/api/v1/public/campaigns/{token}")
class PublicFormController {

    /** The honeypot member of a submission: people leave it out, form-filling bots fill it. */
    static final String HONEYPOT = "website_url";

    private final PublicFormService forms;
    private final JsonMapper json;

    PublicFormController(PublicFormService forms, JsonMapper json) {
        this.forms = forms;
        this.json = json;
    }

    @GetMapping("/form")
    ResponseEntity<PublicFormResponse> form(
            @PathVariable String token,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent,
            HttpServletRequest request) {
        var form = forms.view(token, ClientAddress.of(request), userAgent);
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(PublicFormResponse.from(form, Language.of(acceptLanguage)));
    }

    /** {@code {"answers":{…}}} → 201 {@code {"received":true}}; 400 {@code INVALID_ANSWERS} per field. */
    @PostMapping(path = "/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Boolean>> submit(@PathVariable String token, @RequestBody String text) {
        JsonNode body = AnswersJson.parse(json, text);
        Map<String, Object> answers = AnswersJson.toMap(body.get("answers"));
        if (answers == null) {
            throw new InvalidRequestException("answers", "NotNull", "answers must be an object of answers by key");
        }
        JsonNode honeypot = body.get(HONEYPOT);
        List<FieldViolation> errors =
                forms.submit(token, answers, honeypot == null || honeypot.isNull() ? null : honeypot.asString());
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("received", true));
    }
}
