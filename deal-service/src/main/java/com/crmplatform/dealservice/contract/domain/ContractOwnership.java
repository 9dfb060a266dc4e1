package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.directory.UserDirectory;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who owns a contract, by the opportunities' rules: a salesperson's contracts are their own; an admin gives one to
 * any active salesperson of the tenant (checked in the user directory, never trusted from the client).
 */
@Component
class ContractOwnership {

    private final UserDirectory directory;

    ContractOwnership(UserDirectory directory) {
        this.directory = directory;
    }

    /**
     * The owner of a new contract: the salesperson themselves; for an admin {@code requested}, else
     * {@code defaultOwner} (the opportunity's or the customer's owner; 400 when there is none).
     */
    String forNewContract(String requested, String defaultOwner, CurrentUser user) {
        if (!user.isAdmin()) {
            if (requested != null && !requested.equals(user.id())) {
                throw ownerNotAllowed();
            }
            return user.id();
        }
        String owner = requested != null ? requested : defaultOwner;
        if (owner == null) {
            throw new InvalidRequestException("ownerId", "NotNull", "ownerId is required for a customer in the pool");
        }
        return activeSalesperson(owner, user);
    }

    /** The owner after an edit: null or the same keeps it; another one only by an admin. */
    String afterEdit(String current, String requested, CurrentUser user) {
        if (requested == null || requested.equals(current)) {
            return current;
        }
        if (!user.isAdmin()) {
            throw ownerNotAllowed();
        }
        return activeSalesperson(requested, user);
    }

    private String activeSalesperson(String ownerId, CurrentUser user) {
        if (!directory.isActiveSalesperson(ownerId, user.tenant())) {
            throw new InvalidRequestException(
                    "ownerId", "Salesperson", "ownerId must be an active salesperson of the tenant");
        }
        return ownerId;
    }

    private static CrmException ownerNotAllowed() {
        return new CrmException(
                ErrorCode.ACCESS_DENIED,
                "OWNER_CHANGE_NOT_ALLOWED",
                "Only an admin may give a contract to another owner",
                "ownerId",
                Map.of());
    }
}
