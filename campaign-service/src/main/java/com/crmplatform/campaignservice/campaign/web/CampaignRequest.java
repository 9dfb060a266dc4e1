package com.crmplatform.campaignservice.campaign.web;

import com.crmplatform.campaignservice.campaign.domain.CampaignDetails;
import com.crmplatform.campaignservice.campaign.domain.CampaignMode;
import com.crmplatform.campaignservice.campaign.domain.CampaignMoney;
import com.crmplatform.campaignservice.campaign.domain.TargetObject;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code POST /api/v1/campaigns} and {@code PUT /api/v1/campaigns/{id}}: the basic information as a whole (an absent
 * optional field is cleared; an absent {@code ownerId} is the caller on creation and unchanged on an edit). Money is an
 * exact JSON number with at most 2 decimals, in {@code currency} (ISO 4217, CNY when absent). {@code version} is the
 * version the client read (PUT only; or an {@code If-Match} header).
 */
record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 32) String type,
        @NotNull CampaignMode mode,
        @NotNull Instant startAt,
        @NotNull Instant endAt,
        @Size(max = 64) String ownerId,

        @NotNull @DecimalMin("0") @Digits(integer = CampaignMoney.MAX_INTEGER_DIGITS, fraction = 2)
        BigDecimal budget,

        @Size(max = 3) String currency,

        @DecimalMin("0") @Digits(integer = CampaignMoney.MAX_INTEGER_DIGITS, fraction = 2)
        BigDecimal actualCost,

        @Min(0) @Max(100_000_000) Integer expectedLeads,

        @DecimalMin("0") @Digits(integer = CampaignMoney.MAX_INTEGER_DIGITS, fraction = 2)
        BigDecimal expectedRevenue,

        @NotNull TargetObject targetObject,
        @Size(max = 5000) String description,
        Boolean autoSync,
        @Min(0) Integer version) {

    CampaignDetails toDetails() {
        return new CampaignDetails(
                name.strip(),
                type.strip(),
                mode,
                startAt,
                endAt,
                ownerId == null || ownerId.isBlank() ? null : ownerId.strip(),
                CampaignMoney.amount(budget),
                CampaignMoney.currency(currency),
                CampaignMoney.amount(actualCost),
                expectedLeads,
                CampaignMoney.amount(expectedRevenue),
                targetObject,
                description == null || description.isBlank() ? null : description.strip(),
                autoSync != null && autoSync);
    }
}
