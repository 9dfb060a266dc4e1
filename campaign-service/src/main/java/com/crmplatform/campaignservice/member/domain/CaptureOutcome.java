package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.contracts.common.FieldViolation;
import java.util.List;

/**
 * What became of one submitted person, in submission order.
 *
 * @param index the position in the batch (0 for a single submission; the CSV row for an import)
 * @param member the member as stored after this submission (CREATED, MERGED), else null
 * @param errors why the answers were refused (INVALID), keyed by answer key
 */
public record CaptureOutcome(int index, Outcome outcome, Member member, List<FieldViolation> errors) {

    public CaptureOutcome {
        errors = List.copyOf(errors);
    }

    public enum Outcome {
        /** A new member. */
        CREATED,
        /** Same phone or e-mail as a member of the campaign (or an earlier item of the batch): that member updated. */
        MERGED,
        /** Refused; nothing stored. */
        INVALID
    }
}
