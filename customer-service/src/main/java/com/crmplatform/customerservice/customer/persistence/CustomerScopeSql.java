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
        return "%" + escaped(value) + "%";
    }

    /**
     * A LIKE pattern that every text containing {@code value} matches, for a trigram index to narrow the search
     * down: {@code value}'s words cut into three-letter pieces, in order ({@code golden harbor} gives
     * {@code %gol%den%har%bor%}). It is looser than {@code value} itself, so a query must still check the whole
     * value, but the index intersects a third of the trigrams: the overlapping ones, and those spanning a space,
     * added work and hardly narrowed anything down (docs/benchmarks.md).
     */
    public static String trigramPieces(String value) {
        List<String> pieces = new ArrayList<>();
        for (String word : value.strip().split("\\s+")) {
            if (word.length() < 3) {
                pieces.add(escaped(word));
            }
            for (int start = 0; start + 3 <= word.length(); start += 3) {
                pieces.add(escaped(word.substring(start, start + 3)));
            }
        }
        return "%" + String.join("%", pieces) + "%";
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
