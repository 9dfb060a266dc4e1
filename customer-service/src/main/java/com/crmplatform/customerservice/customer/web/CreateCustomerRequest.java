package com.crmplatform.customerservice.customer.web;

import static com.crmplatform.customerservice.customer.web.CustomerFields.cleanTags;
import static com.crmplatform.customerservice.customer.web.CustomerFields.trimmed;

import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.customerservice.customer.domain.CustomerDetails;
import com.crmplatform.customerservice.customer.domain.CustomerLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/v1/customers}. */
record CreateCustomerRequest(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String industry,
        CustomerLevel level,
        LeadSource source,
        UUID sourceCampaignId,
        @Size(max = 300) String address,

        @Pattern(regexp = CustomerFields.PHONE, message = CustomerFields.PHONE_MESSAGE)
        String phone,

        @Size(max = 200) String website,
        @Size(max = 2000) String remarks,
        @Size(max = 20) List<@NotNull @Pattern(regexp = CustomerFields.TAG) String> tags) {

    CustomerDetails toDetails() {
        return new CustomerDetails(
                kind,
                name.strip(),
                trimmed(industry),
                level,
                source,
                trimmed(address),
                trimmed(phone),
                trimmed(website),
                trimmed(remarks),
                cleanTags(tags));
    }
}
