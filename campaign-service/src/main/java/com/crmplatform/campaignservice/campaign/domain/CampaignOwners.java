package com.crmplatform.campaignservice.campaign.domain;

import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import com.crmplatform.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may own a campaign: the caller (the default), or another enabled admin or marketing user of the tenant, checked
 * in the user directory (never trusted from the client), as deal-service checks its owners.
 */
@Component
class CampaignOwners {

    private final UserDirectory directory;

    CampaignOwners(UserDirectory directory) {
        this.directory = directory;
    }

    /**
     * The owner for {@code requested}: the caller when null; unchanged {@code currentOwner} as it is (an owner who
     * left stays on their campaigns until someone picks another); anyone else must be an enabled admin or marketing
     * user of the tenant (400 {@code field: ownerId}, code {@code CampaignOwner}).
     */
    String owner(String requested, String currentOwner, CurrentUser user) {
        if (requested == null || requested.isBlank()) {
            return currentOwner != null ? currentOwner : user.id();
        }
        String owner = requested.strip();
        if (owner.equals(user.id()) || owner.equals(currentOwner)) {
            return owner;
        }
        boolean allowed = directory
                .find(owner)
                .filter(found -> found.isActiveMemberOf(user.tenant()))
                .filter(found ->
                        found.roles().contains(Roles.ADMIN) || found.roles().contains(Roles.MARKETING))
                .isPresent();
        if (!allowed) {
            throw new InvalidRequestException(
                    "ownerId", "CampaignOwner", "ownerId must be an enabled admin or marketing user of your tenant");
        }
        return owner;
    }
}
