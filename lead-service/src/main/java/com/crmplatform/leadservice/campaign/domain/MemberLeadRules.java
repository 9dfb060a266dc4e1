package com.crmplatform.leadservice.campaign.domain;

import com.crmplatform.contracts.campaign.CampaignMember;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.LeadProfile;
import com.crmplatform.leadservice.lead.domain.NewLead;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A campaign member as a lead: the catalogue answers on the lead's own fields (WeChat as its other contact, the
 * website as a custom field), the campaign's name at the head of the notes, the source from the campaign type.
 * Checked with the rules of {@code POST /api/v1/leads}; a refusal is one stable reason code.
 */
final class MemberLeadRules {

    /** Reasons in the order they are reported when a member breaks several rules. */
    static final List<String> REASONS = List.of(
            "NO_CONTACT",
            "MISSING_NAME",
            "INVALID_NAME",
            "INVALID_PHONE",
            "INVALID_EMAIL",
            "INVALID_COMPANY",
            "INVALID_TITLE",
            "INVALID_WECHAT",
            "INVALID_INDUSTRY",
            "INVALID_CITY",
            "INVALID_CUSTOM_FIELDS");

    static final int MAX_NOTES = 2000;
    static final int MAX_CUSTOM_FIELDS = 50;

    private final Validator validator;

    MemberLeadRules(Validator validator) {
        this.validator = validator;
    }

    /** The lead for the member, or the reason it is refused. */
    Either check(CampaignMember member, UUID campaignId, String campaignName, String campaignType) {
        MemberLead lead = MemberLead.of(member);
        Optional<String> refusal = validator.validate(lead).stream()
                .map(MemberLeadRules::reason)
                .min((a, b) -> Integer.compare(REASONS.indexOf(a), REASONS.indexOf(b)));
        if (refusal.isPresent()) {
            return new Either(null, refusal.get());
        }
        return new Either(lead.toNewLead(sourceOf(campaignType), campaignId, campaignName), null);
    }

    /** The built-in source a campaign type stands for: its own name where there is one, else OTHER. */
    static LeadSource sourceOf(String campaignType) {
        if (campaignType == null) {
            return LeadSource.OTHER;
        }
        return switch (campaignType.toUpperCase(Locale.ROOT)) {
            case "CONFERENCE", "EXHIBITION", "SALON", "TRADE_SHOW" -> LeadSource.TRADE_SHOW;
            case "WEBINAR" -> LeadSource.WEBINAR;
            case "ADVERTISING" -> LeadSource.ADVERTISING;
            case "CONTENT", "WHITEPAPER" -> LeadSource.WHITEPAPER;
            default -> LeadSource.OTHER;
        };
    }

    private static String reason(ConstraintViolation<MemberLead> violation) {
        String path = violation.getPropertyPath().toString();
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        if (path.startsWith("customFields")) {
            return "INVALID_CUSTOM_FIELDS";
        }
        return switch (path) {
            case "reachable" -> "NO_CONTACT";
            case "name" -> annotation.equals("NotBlank") ? "MISSING_NAME" : "INVALID_NAME";
            case "phone" -> "INVALID_PHONE";
            case "email" -> "INVALID_EMAIL";
            case "company" -> "INVALID_COMPANY";
            case "title" -> "INVALID_TITLE";
            case "wechat" -> "INVALID_WECHAT";
            case "industry" -> "INVALID_INDUSTRY";
            case "city" -> "INVALID_CITY";
            default -> "INVALID_" + path.toUpperCase(Locale.ROOT);
        };
    }

    /** The lead for a member, or why there is none. */
    record Either(NewLead lead, String reason) {}

    /** The member's answers, trimmed, under the lead's field rules (see {@code CreateLeadRequest}). */
    record MemberLead(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String company,
            @Size(max = 100) String title,

            @Pattern(regexp = "\\+?[0-9][0-9 \\-]{4,30}") String phone,

            @Email @Size(max = 254) String email,
            @Size(max = 100) String wechat,
            @Size(max = 100) String industry,
            @Size(max = 100) String city,
            String notes,

            @Size(max = MAX_CUSTOM_FIELDS)
            Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 1000) String> customFields) {

        static MemberLead of(CampaignMember member) {
            Map<String, String> custom = new LinkedHashMap<>(member.customFields());
            String website = trimmed(member.website());
            if (website != null) {
                custom.putIfAbsent("website", website);
            }
            return new MemberLead(
                    trimmed(member.name()),
                    trimmed(member.company()),
                    trimmed(member.title()),
                    trimmed(member.phone()),
                    trimmed(member.email()),
                    trimmed(member.wechat()),
                    trimmed(member.industry()),
                    trimmed(member.city()),
                    trimmed(member.notes()),
                    custom);
        }

        @AssertTrue
        boolean isReachable() {
            return phone != null || email != null;
        }

        NewLead toNewLead(LeadSource source, UUID campaignId, String campaignName) {
            String heading =
                    "Campaign: " + (campaignName == null || campaignName.isBlank() ? campaignId : campaignName.strip());
            String fullNotes = notes == null ? heading : heading + "\n" + notes;
            if (fullNotes.length() > MAX_NOTES) {
                fullNotes = fullNotes.substring(0, MAX_NOTES);
            }
            return new NewLead(
                    new ContactDetails(name, company, title, phone, email, wechat),
                    new LeadProfile(industry, city, fullNotes, customFields),
                    source,
                    null,
                    campaignId);
        }

        private static String trimmed(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
