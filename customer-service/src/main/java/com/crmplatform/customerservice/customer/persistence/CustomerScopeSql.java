package com.crmplatform.customerservice.customer.persistence;

import com.crmplatform.customerservice.customer.domain.CustomerVisibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SQL form of {@link CustomerVisibility}: tenant first, then the caller's data scope. */
public final class CustomerScopeSql {

    /** Words up to this length go to the trigram index whole (see {@link #trigramPieces}). */
    static final int WHOLE_WORD_MAX = 5;

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
     * down: {@code value}'s words in order, words longer than {@value #WHOLE_WORD_MAX} letters cut into
     * three-letter pieces ({@code golden harbor} gives {@code %gol%den%har%bor%}, {@code jade bridge} gives
     * {@code %jade%bri%dge%}). It is looser than {@code value} itself, so a query must still check the whole value,
     * but the index intersects far fewer trigrams: the overlapping ones of long words, and those spanning a space,
     * added work and hardly narrowed anything down. A short word stays whole, since one piece of it would match
     * ten times as many names (docs/benchmarks.md).
     */
    public static String trigramPieces(String value) {
        List<String> pieces = new ArrayList<>();
        for (String word : value.strip().split("\\s+")) {
            if (word.length() <= WHOLE_WORD_MAX) {
                pieces.add(escaped(word));
                continue;
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
