package com.crmplatform.campaignservice.publicpage.web;

import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.campaignservice.publicpage.domain.CampaignClosedException;
import com.crmplatform.campaignservice.publicpage.domain.PublicForm;
import com.crmplatform.campaignservice.publicpage.domain.PublicFormService;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.platform.error.CrmException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /p/{token}}: the campaign's public sign-up page (what the promotion link and QR code open), rendered on the
 * server, in Chinese or English by Accept-Language. Errors are pages too, never problem JSON.
 */
@Controller
@RequestMapping("/p/{token}")
class PublicPageController {

    private static final Logger log = LoggerFactory.getLogger(PublicPageController.class);

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    /** No scripts, no framing, posts only back here; styles inline. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private final PublicFormService forms;

    PublicPageController(PublicFormService forms) {
        this.forms = forms;
    }

    @GetMapping
    ResponseEntity<String> page(
            @PathVariable String token,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent,
            HttpServletRequest request) {
        PublicForm form = forms.view(token, ClientAddress.of(request), userAgent);
        return html(
                HttpStatus.OK, FormPage.form(form, Language.of(acceptLanguage), forms.timeZone(), Map.of(), Map.of()));
    }

    /** The posted form: the thank-you page, or the form again with the entered values and a message per field. */
    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> submit(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> posted,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.of(acceptLanguage);
        PublicForm form = forms.form(token);
        List<FieldViolation> errors =
                forms.submit(token, answers(form, posted), posted.getFirst(PublicFormController.HONEYPOT));
        if (errors.isEmpty()) {
            return html(HttpStatus.OK, FormPage.thankYou(language, form.name()));
        }
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error.code()));
        return html(HttpStatus.BAD_REQUEST, FormPage.form(form, language, forms.timeZone(), posted, byField));
    }

    /** Every refusal as a page: 404 unknown link, 410 over, 409 not open yet, 413 too large, else its status. */
    @ExceptionHandler(CrmException.class)
    ResponseEntity<String> refused(CrmException e, HttpServletRequest request) {
        Language language = Language.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (e instanceof CampaignClosedException) {
            return html(
                    HttpStatus.GONE,
                    FormPage.notice(
                            language,
                            language.text("活动已结束", "This campaign has ended"),
                            language.text("感谢关注，本次活动已停止报名。", "Thank you for your interest; sign-ups are closed.")));
        }
        if ("CAMPAIGN_NOT_STARTED".equals(e.reason())) {
            return html(
                    HttpStatus.CONFLICT,
                    FormPage.notice(
                            language,
                            language.text("活动尚未开始", "Not open yet"),
                            language.text(
                                    "报名尚未开放，请在活动开始后再来。",
                                    "Sign-ups open when the campaign starts; please come back then.")));
        }
        if (e.code() == ErrorCode.NOT_FOUND) {
            return html(
                    HttpStatus.NOT_FOUND,
                    FormPage.notice(
                            language,
                            language.text("页面不存在", "Page not found"),
                            language.text("此活动链接无效或已失效。", "This campaign link is not valid.")));
        }
        if (e.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
            return html(
                    HttpStatus.CONTENT_TOO_LARGE,
                    FormPage.notice(
                            language,
                            language.text("内容过多", "Too much data"),
                            language.text("提交的内容超过了允许的大小。", "The form sent more data than allowed.")));
        }
        log.debug("Public page refused: {}", e.getMessage());
        return html(
                HttpStatus.valueOf(e.code().status()),
                FormPage.notice(
                        language,
                        language.text("无法处理请求", "The request could not be handled"),
                        language.text("请返回后重试。", "Please go back and try again.")));
    }

    /** The posted values as answers: several for a MULTI_CHOICE, a ticked CONSENT as true, others the first value. */
    private static Map<String, Object> answers(PublicForm form, MultiValueMap<String, String> posted) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            List<String> values = posted.getOrDefault(field.key(), List.of());
            if (values.isEmpty()) {
                continue;
            }
            if (field.isCatalogue()) {
                answers.put(field.key(), values.getFirst());
            } else if (field.type() == FieldType.MULTI_CHOICE) {
                answers.put(field.key(), List.copyOf(values));
            } else if (field.type() == FieldType.CONSENT) {
                answers.put(field.key(), values.stream().anyMatch(v -> v.equals("true") || v.equals("on")));
            } else {
                answers.put(field.key(), values.getFirst());
            }
        }
        return answers;
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", CSP)
                .body(body);
    }
}
