package com.crmplatform.customerservice.customer.persistence;

import com.crmplatform.customerservice.customer.domain.CustomerVisibility;
import com.crmplatform.platform.jdbc.TenantQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL form of {@link CustomerVisibility}: tenant first, then the caller's data scope. */
public final class CustomerScopeSql {

    /** Words up to this length go to the trigram index whole (see {@link #trigramPieces}). */
    static final int WHOLE_WORD_MAX = 5;

    private CustomerScopeSql() {}

    /**
     * The customers (table aliased {@code c}) a caller may see within their tenant, for {@code TenantQuery.where};
     * null when nothing narrows the tenant.
     */
    public static TenantQuery.Condition visible(CustomerVisibility visibility) {
        List<String> and = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!visibility.includeDeleted()) {
            and.add("c.deleted_at IS NULL");
        }
        if (!visibility.allOfTenant()) {
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
            and.add(TenantQuery.Condition.anyOf(scopes, params).sql());
        }
        return and.isEmpty() ? null : new TenantQuery.Condition(String.join(" AND ", and), params);
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
