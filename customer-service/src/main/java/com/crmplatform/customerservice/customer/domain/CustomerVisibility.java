package com.crmplatform.customerservice.customer.domain;

import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;

/**
 * Which of a tenant's customers a user may read: an admin and finance all of them; a salesperson their own and
 * the pool; marketing the customers that came from a campaign. Soft-deleted customers only an admin sees.
 *
 * @param allOfTenant no restriction within the tenant
 * @param ownerId customers owned by this user are visible (null: no owner rule)
 * @param includePool unowned customers are visible
 * @param campaignSourced customers with a source campaign are visible
 * @param includeDeleted soft-deleted customers are visible
 */
public record CustomerVisibility(
        boolean allOfTenant, String ownerId, boolean includePool, boolean campaignSourced, boolean includeDeleted) {

    public static CustomerVisibility of(CurrentUser user) {
        if (user.isAdmin()) {
            return new CustomerVisibility(true, null, true, true, true);
        }
        if (user.hasRole(Roles.FINANCE)) {
            return new CustomerVisibility(true, null, true, true, false);
        }
        boolean sales = user.hasRole(Roles.SALES);
        return new CustomerVisibility(false, sales ? user.id() : null, sales, user.hasRole(Roles.MARKETING), false);
    }

    public boolean allows(Customer customer) {
        if (customer.deleted() && !includeDeleted) {
            return false;
        }
        return allOfTenant
                || (ownerId != null && ownerId.equals(customer.ownerId()))
                || (includePool && customer.inPool())
                || (campaignSourced && customer.sourceCampaignId() != null);
    }

    /** Who may change a customer (and its contacts and follow-ups): an admin, or its owner. */
    public static boolean canEdit(CurrentUser user, Customer customer) {
        return !customer.deleted()
                && (user.isAdmin() || (user.hasRole(Roles.SALES) && user.id().equals(customer.ownerId())));
    }
}
