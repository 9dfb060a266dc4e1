package com.crmplatform.customerservice.customer.web;

import com.crmplatform.contracts.customer.CustomerKind;
import com.crmplatform.contracts.deal.DealStatus;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.customerservice.customer.domain.Customer;
import com.crmplatform.customerservice.customer.domain.CustomerContacts.CustomerContact;
import com.crmplatform.customerservice.customer.domain.CustomerFollowUps.RecentFollowUp;
import com.crmplatform.customerservice.customer.domain.CustomerLevel;
import com.crmplatform.customerservice.customer.domain.CustomerService.CustomerView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer as clients see it; {@code contacts} and {@code recentFollowUps} only in the single-customer view. */
record CustomerResponse(
        UUID id,
        CustomerKind kind,
        String name,
        String industry,
        CustomerLevel level,
        LeadSource source,
        UUID sourceLeadId,
        UUID sourceCampaignId,
        String address,
        String phone,
        String website,
        String remarks,
        List<String> tags,
        String ownerId,
        DealStatus dealStatus,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant lastFollowUpAt,
        Instant nextFollowUpAt,
        Instant deletedAt,
        int version,
        List<CustomerContact> contacts,
        List<RecentFollowUp> recentFollowUps,
        Instant recycleDueAt) {

    static CustomerResponse from(Customer customer) {
        return from(customer, null, null, null);
    }

    static CustomerResponse from(CustomerView view) {
        return from(view.customer(), view.contacts(), view.recentFollowUps(), view.recycleDueAt());
    }

    private static CustomerResponse from(
            Customer c, List<CustomerContact> contacts, List<RecentFollowUp> recentFollowUps, Instant recycleDueAt) {
        var d = c.details();
        return new CustomerResponse(
                c.id(),
                d.kind(),
                d.name(),
                d.industry(),
                d.level(),
                d.source(),
                c.sourceLeadId(),
                c.sourceCampaignId(),
                d.address(),
                d.phone(),
                d.website(),
                d.remarks(),
                d.tags(),
                c.ownerId(),
                c.dealStatus(),
                c.createdBy(),
                c.createdAt(),
                c.updatedAt(),
                c.lastFollowUpAt(),
                c.nextFollowUpAt(),
                c.deletedAt(),
                c.version(),
                contacts,
                recentFollowUps,
                recycleDueAt);
    }
}
