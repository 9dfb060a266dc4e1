package com.crmplatform.customerservice.customer.persistence;

import com.crmplatform.customerservice.customer.domain.CustomerVisibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SQL form of {@link CustomerVisibility}: tenant first, then the caller's data scope. */
public final class CustomerScopeSql {

    private CustomerScopeSql() {}

    /** A WHERE fragment over the customer table aliased {@code c}; adds its parameters to {@code params}. */
    public static String where(String tenant, CustomerVisibility visibility, Map<String, Object> params) {
        params.put("tenant", tenant);
        String base =
                visibility.includeDeleted() ? "c.tenant = :tenant" : "c.tenant = :tenant AND c.deleted_at IS NULL";
        if (visibility.allOfTenant()) {
            return base;
        }
        List<String> scopes = new ArrayList<>();
        if (visibility.ownerId() != null) {
            scopes.add("c.owner_id = :scopeOwnerId");
            params.put("scopeOwnerId", visibility.ownerId());
        }
        if (visibility.includePool()) {
            scopes.add("c.owner_id IS NULL");
        }
        if (visibility.campaignSourced()) {
            scopes.add("c.source_campaign_id IS NOT NULL");
        }
        return scopes.isEmpty() ? "FALSE" : base + " AND (" + String.join(" OR ", scopes) + ")";
    }

    /** {@code value} with LIKE wildcards escaped, wrapped in {@code %…%}. */
    public static String contains(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
