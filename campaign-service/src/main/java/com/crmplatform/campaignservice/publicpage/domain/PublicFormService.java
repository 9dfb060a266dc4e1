package com.crmplatform.campaignservice.publicpage.domain;

import com.crmplatform.campaignservice.member.domain.AnswerCheck;
import com.crmplatform.campaignservice.member.domain.AnswerValidation;
import com.crmplatform.campaignservice.member.domain.CampaignForms;
import com.crmplatform.campaignservice.member.domain.CampaignInfo;
import com.crmplatform.campaignservice.member.domain.MemberService;
import com.crmplatform.campaignservice.pageview.domain.PageViewService;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.contracts.common.FieldViolation;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A campaign's public form, reached by the secret token of its promotion link: only a PUBLISHED ONLINE campaign
 * with a form shows it, and only between its start and end does it take sign-ups. Everything else looks as if the
 * link did not exist (404 {@code CAMPAIGN_NOT_FOUND}), except a campaign that is over (410 {@code CAMPAIGN_CLOSED})
 * or not open yet (409 {@code CAMPAIGN_NOT_STARTED}).
 */
@Service
public class PublicFormService {

    private static final Logger log = LoggerFactory.getLogger(PublicFormService.class);

    /** What a link token can look like; anything else is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final CampaignForms campaigns;
    private final MemberService members;
    private final PageViewService views;
    private final Clock clock;

    PublicFormService(CampaignForms campaigns, MemberService members, PageViewService views, Clock clock) {
        this.campaigns = campaigns;
        this.members = members;
        this.views = views;
        this.clock = clock;
    }

    /** The form to show, counting one view of it. */
    public PublicForm view(String token, String clientAddress, String userAgent) {
        CampaignInfo campaign = open(token);
        views.recordView(campaign.id(), clientAddress, userAgent);
        return publicForm(campaign);
    }

    /** The form, without counting a view (to read a posted HTML form against it). */
    public PublicForm form(String token) {
        return publicForm(open(token));
    }

    /**
     * A sign-up. Answers the refused answers (keyed by field), or nothing when the member was captured. A filled
     * honeypot (a field hidden from people, filled by bots) is answered like a success, but nothing is stored.
     */
    public List<FieldViolation> submit(String token, Map<String, ?> answers, String honeypot) {
        CampaignInfo campaign = open(token);
        if (honeypot != null && !honeypot.isBlank()) {
            log.debug("Honeypot filled on campaign {}: submission dropped", campaign.id());
            return List.of();
        }
        AnswerCheck check = AnswerValidation.check(campaign.form(), answers);
        if (check.valid()) {
            members.submitOnline(campaign, check);
        }
        return check.errors();
    }

    /** The time zone the page shows times in (the one views are counted in). */
    public ZoneId timeZone() {
        return views.timeZone();
    }

    private static PublicForm publicForm(CampaignInfo campaign) {
        return new PublicForm(
                campaign.name(),
                campaign.description(),
                campaign.startAt(),
                campaign.endAt(),
                campaign.form().fields());
    }

    private CampaignInfo open(String token) {
        CampaignInfo campaign = (token != null && TOKEN.matcher(token).matches()
                        ? campaigns.findByLinkToken(token)
                        : Optional.<CampaignInfo>empty())
                .filter(c -> CampaignInfo.ONLINE.equals(c.mode()) && c.form() != null)
                .filter(c -> CampaignInfo.PUBLISHED.equals(c.status()) || CampaignInfo.CLOSED.equals(c.status()))
                .orElseThrow(() -> new CrmException(
                        ErrorCode.NOT_FOUND, "CAMPAIGN_NOT_FOUND", "No campaign has this link", null, Map.of()));
        Instant now = clock.instant();
        if (CampaignInfo.CLOSED.equals(campaign.status()) || !now.isBefore(campaign.endAt())) {
            throw new CampaignClosedException();
        }
        if (now.isBefore(campaign.startAt())) {
            throw new ConflictException(
                    "CAMPAIGN_NOT_STARTED",
                    "The campaign opens at " + campaign.startAt(),
                    Map.of("startAt", campaign.startAt().toString()));
        }
        return campaign;
    }
}
