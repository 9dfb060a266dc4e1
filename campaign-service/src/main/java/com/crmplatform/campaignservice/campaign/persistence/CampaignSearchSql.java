package com.crmplatform.campaignservice.campaign.persistence;

import com.crmplatform.campaignservice.campaign.domain.CampaignFilter;
import com.crmplatform.platform.jdbc.TenantQuery;
import java.util.Map;

/** The list's WHERE clause and sort columns: only the column names written here reach the SQL. */
final class CampaignSearchSql {

    /** API sort fields → columns. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "startAt", "c.start_at",
            "endAt", "c.end_at",
            "createdAt", "c.created_at",
            "updatedAt", "c.updated_at",
            "name", "c.name",
            "budget", "c.budget");

    private CampaignSearchSql() {}

    record Where(String sql, Map<String, Object> params, boolean selective) {}

    static Where where(String tenant, CampaignFilter f) {
        TenantQuery where = TenantQuery.of("c", tenant)
                .equal("c.status", "status", f.status())
                .equal("c.mode", "mode", f.mode())
                .equal("c.type", "type", f.type())
                .equal("c.owner_id", "ownerId", f.ownerId())
                .equal("c.target_object", "targetObject", f.targetObject())
                // overlapping [from, to): starts before its end, ends after its start
                .below("c.start_at", "overlapTo", f.to())
                .when(f.from(), "c.end_at > :overlapFrom", "overlapFrom")
                .contains("c.name", "keyword", f.keyword());
        boolean selective = f.keyword() != null;
        return new Where(where.sql(), where.params(), selective);
    }
}
