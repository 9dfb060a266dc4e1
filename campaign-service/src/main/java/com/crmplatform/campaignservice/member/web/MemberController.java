package com.crmplatform.campaignservice.member.web;

import com.crmplatform.campaignservice.member.domain.CaptureOutcome;
import com.crmplatform.campaignservice.member.domain.MemberFilter;
import com.crmplatform.campaignservice.member.domain.MemberOrigin;
import com.crmplatform.campaignservice.member.domain.MemberService;
import com.crmplatform.campaignservice.member.domain.SyncStatus;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.Sortable;
import com.crmplatform.platform.security.CurrentUser;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A campaign's members (活动成员): read by every CRM role, entered by marketing and admins. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/members")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing', 'crm-sales', 'crm-finance')")
class MemberController {

    /** The most members one JSON array may carry; larger batches go through the CSV import. */
    static final int MAX_BATCH = 500;

    private final MemberService members;
    private final JsonMapper json;

    MemberController(MemberService members, JsonMapper json) {
        this.members = members;
        this.json = json;
    }

    @GetMapping
    PageResponse<MemberResponse> list(
            @PathVariable UUID campaignId,
            @RequestParam(required = false) MemberOrigin origin,
            @RequestParam(required = false) SyncStatus syncStatus,
            @RequestParam(required = false) Instant submittedFrom,
            @RequestParam(required = false) Instant submittedTo,
            @Sortable(
                            value = {"submittedAt", "updatedAt"},
                            defaultSort = "submittedAt,desc")
                    PageQuery page,
            CurrentUser user) {
        MemberFilter filter = new MemberFilter(origin, syncStatus, submittedFrom, submittedTo);
        return members.list(campaignId, filter, page, user).map(MemberResponse::from);
    }

    @GetMapping("/{memberId}")
    MemberResponse get(@PathVariable UUID campaignId, @PathVariable UUID memberId, CurrentUser user) {
        return MemberResponse.from(members.get(campaignId, memberId, user));
    }

    /**
     * Offline entry: {@code {"answers":{…}}} answers 201 with the new member (200 when it updated the member with the
     * same phone or e-mail); a JSON array of them answers 200 with a report per item.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
    ResponseEntity<?> enter(@PathVariable UUID campaignId, @RequestBody String text, CurrentUser user) {
        JsonNode body = AnswersJson.parse(json, text);
        if (body.isArray()) {
            return ResponseEntity.ok(CaptureReport.from(members.enterAll(campaignId, items(body), user)));
        }
        CaptureOutcome outcome = members.enter(campaignId, answers(body), user);
        MemberResponse member = MemberResponse.from(outcome.member());
        return outcome.outcome() == CaptureOutcome.Outcome.CREATED
                ? ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaignId + "/members/" + member.id()))
                        .body(member)
                : ResponseEntity.status(HttpStatus.OK).body(member);
    }

    private static Map<String, Object> answers(JsonNode body) {
        Map<String, Object> answers = AnswersJson.toMap(body.get("answers"));
        if (answers == null) {
            throw new InvalidRequestException("answers", "NotNull", "answers must be an object of answers by key");
        }
        return answers;
    }

    private static List<Map<String, Object>> items(JsonNode body) {
        if (body.isEmpty() || body.size() > MAX_BATCH) {
            throw new InvalidRequestException(
                    "members", "Size", "send between 1 and " + MAX_BATCH + " members; use the CSV import for more");
        }
        List<Map<String, Object>> items = new ArrayList<>(body.size());
        body.values().forEach(item -> items.add(item.isObject() ? AnswersJson.toMap(item.get("answers")) : null));
        return items;
    }
}
