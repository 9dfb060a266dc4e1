package com.crmplatform.contracts.campaign;

import java.util.Map;
import java.util.UUID;

/**
 * A campaign member as lead-service and customer-service take it in: the catalogue answers by name, the rest as
 * custom fields. At least one of {@code phone} and {@code email} is present.
 *
 * @param memberId the member; the idempotency key of the intake (one member → exactly one lead or customer)
 * @param name the person's name
 * @param phone phone number as entered
 * @param email e-mail address as entered
 * @param company company
 * @param title job title
 * @param industry industry
 * @param city city
 * @param website website
 * @param wechat WeChat id
 * @param notes free notes
 * @param customFields the custom fields' answers by key, as text (choices joined by {@code ", "})
 */
public record CampaignMember(
        UUID memberId,
        String name,
        String phone,
        String email,
        String company,
        String title,
        String industry,
        String city,
        String website,
        String wechat,
        String notes,
        Map<String, String> customFields) {

    public CampaignMember {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
