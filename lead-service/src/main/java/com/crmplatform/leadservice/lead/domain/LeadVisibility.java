package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;

/**
 * Which of a tenant's leads a user may see: an admin sees all; a salesperson their own and the pool; a
 * marketing operator the leads they captured and the leads attributed to a campaign.
 *
 * @param allOfTenant no restriction within the tenant
 * @param ownerId leads owned by this user are visible (null: no owner rule)
 * @param includePool unowned leads are visible
 * @param createdBy leads captured by this user are visible (null: no creator rule)
 * @param includeCampaignLeads leads with a campaign are visible
 */
public record LeadVisibility(
        boolean allOfTenant, String ownerId, boolean includePool, String createdBy, boolean includeCampaignLeads) {

    public static LeadVisibility of(CurrentUser user) {
        if (user.isAdmin()) {
            return new LeadVisibility(true, null, true, null, true);
        }
        boolean sales = user.hasRole(Roles.SALES);
        boolean marketing = user.hasRole(Roles.MARKETING);
        return new LeadVisibility(false, sales ? user.id() : null, sales, marketing ? user.id() : null, marketing);
    }

    public boolean allows(Lead lead) {
        return allOfTenant
                || (ownerId != null && ownerId.equals(lead.ownerId()))
                || (includePool && lead.inPool())
                || (createdBy != null && createdBy.equals(lead.createdBy()))
                || (includeCampaignLeads && lead.campaignId() != null);
    }
}
