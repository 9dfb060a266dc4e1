package com.crmplatform.customerservice.campaign.domain;

import com.crmplatform.contracts.campaign.CampaignMember;
import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.customerservice.contact.domain.ContactDetails;
import com.crmplatform.customerservice.customer.domain.CustomerDetails;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A campaign member as a customer and its first contact, under the rules of {@code POST /api/v1/customers} and of
 * a contact: an ORGANIZATION named after the company when one is given, else an INDIVIDUAL named after the person;
 * the person as the contact (name, title, phone, e-mail, WeChat as other contact); the city as the address; the
 * campaign's name, the notes and the custom fields (customers have none of their own) in the remarks. A refusal is
 * one stable reason code.
 */
final class MemberCustomerRules {

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
            "INVALID_WEBSITE");

    static final int MAX_REMARKS = 2000;

    private final Validator validator;

    MemberCustomerRules(Validator validator) {
        this.validator = validator;
    }

    /** The customer and contact for the member, or the reason it is refused. */
    Checked check(CampaignMember member, UUID campaignId, String campaignName, String campaignType) {
        MemberCustomer customer = MemberCustomer.of(member);
        Optional<String> refusal = validator.validate(customer).stream()
                .map(MemberCustomerRules::reason)
                .min((a, b) -> Integer.compare(REASONS.indexOf(a), REASONS.indexOf(b)));
        if (refusal.isPresent()) {
            return new Checked(null, null, refusal.get());
        }
        return new Checked(
                customer.details(sourceOf(campaignType), campaignId, campaignName, member.customFields()),
                customer.contact(),
                null);
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

    private static String reason(ConstraintViolation<MemberCustomer> violation) {
        String path = violation.getPropertyPath().toString();
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (path) {
            case "reachable" -> "NO_CONTACT";
            case "name" -> annotation.equals("NotBlank") ? "MISSING_NAME" : "INVALID_NAME";
            default -> "INVALID_" + path.toUpperCase(Locale.ROOT);
        };
    }

    /** The customer and its first contact for a member, or why there are none. */
    record Checked(CustomerDetails customer, ContactDetails contact, String reason) {}

    /** The member's answers, trimmed, under the customer's and the contact's field rules. */
    record MemberCustomer(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String company,
            @Size(max = 100) String title,

            @Pattern(regexp = "\\+?[0-9][0-9 \\-]{4,30}") String phone,

            @Email @Size(max = 254) String email,
            @Size(max = 200) String wechat,
            @Size(max = 100) String industry,
            @Size(max = 300) String city,
            @Size(max = 200) String website,
            String notes) {

        static MemberCustomer of(CampaignMember member) {
            return new MemberCustomer(
                    trimmed(member.name()),
                    trimmed(member.company()),
                    trimmed(member.title()),
                    trimmed(member.phone()),
                    trimmed(member.email()),
                    trimmed(member.wechat()),
                    trimmed(member.industry()),
                    trimmed(member.city()),
                    trimmed(member.website()),
                    trimmed(member.notes()));
        }

        @AssertTrue
        boolean isReachable() {
            return phone != null || email != null;
        }

        CustomerDetails details(LeadSource source, UUID campaignId, String campaignName, Map<String, String> custom) {
            StringBuilder remarks = new StringBuilder("Campaign: ")
                    .append(campaignName == null || campaignName.isBlank() ? campaignId : campaignName.strip());
            if (notes != null) {
                remarks.append('\n').append(notes);
            }
            new TreeMap<>(custom)
                    .forEach((key, value) ->
                            remarks.append('\n').append(key).append(": ").append(value));
            String text = remarks.length() > MAX_REMARKS ? remarks.substring(0, MAX_REMARKS) : remarks.toString();
            boolean organization = company != null;
            return new CustomerDetails(
                    organization ? CustomerKind.ORGANIZATION : CustomerKind.INDIVIDUAL,
                    organization ? company : name,
                    industry,
                    null,
                    source,
                    city,
                    phone,
                    website,
                    text,
                    List.of());
        }

        ContactDetails contact() {
            return new ContactDetails(name, title, null, phone, email, wechat, null, null);
        }

        private static String trimmed(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
