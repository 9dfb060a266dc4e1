package com.crmplatform.leadservice.lead.persistence;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.lead.domain.ContactDetails;
import com.crmplatform.leadservice.lead.domain.Lead;
import com.crmplatform.leadservice.lead.domain.LeadRepository;
import com.crmplatform.leadservice.lead.domain.LeadStatus;
import com.crmplatform.leadservice.lead.domain.LeadVisibility;
import com.crmplatform.platform.paging.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leads in PostgreSQL through plain SQL: every query is scoped by tenant first. */
@Repository
class JdbcLeadRepository implements LeadRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS =
            Map.of("createdAt", "created_at", "updatedAt", "updated_at", "name", "name", "company", "company");

    private final JdbcClient jdbc;

    JdbcLeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Lead lead) {
        jdbc.sql("""
                INSERT INTO lead (id, tenant, name, company, title, phone, email, source, campaign_id, status,
                                  owner_id, created_by, created_at, updated_at, version)
                VALUES (:id, :tenant, :name, :company, :title, :phone, :email, :source, :campaignId, :status,
                        :ownerId, :createdBy, :createdAt, :updatedAt, :version)
                """)
                .param("id", lead.id())
                .param("tenant", lead.tenant())
                .param("name", lead.contact().name())
                .param("company", lead.contact().company())
                .param("title", lead.contact().title())
                .param("phone", lead.contact().phone())
                .param("email", lead.contact().email())
                .param("source", lead.source().name())
                .param("campaignId", lead.campaignId())
                .param("status", lead.status().name())
                .param("ownerId", lead.ownerId())
                .param("createdBy", lead.createdBy())
                .param("createdAt", Timestamp.from(lead.createdAt()))
                .param("updatedAt", Timestamp.from(lead.updatedAt()))
                .param("version", lead.version())
                .update();
    }

    @Override
    public Optional<Lead> find(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM lead WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcLeadRepository::toLead)
                .optional();
    }

    @Override
    public PageResponse<Lead> search(String tenant, LeadVisibility visibility, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = whereClause(tenant, visibility, params);
        long total = jdbc.sql("SELECT count(*) FROM lead WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Lead> items = jdbc.sql("SELECT * FROM lead WHERE " + where + " ORDER BY "
                        + page.orderBy(SORT_COLUMNS, "id") + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcLeadRepository::toLead)
                .list();
        return PageResponse.of(items, page.page(), page.size(), total);
    }

    private static String whereClause(String tenant, LeadVisibility visibility, Map<String, Object> params) {
        params.put("tenant", tenant);
        if (visibility.allOfTenant()) {
            return "tenant = :tenant";
        }
        List<String> scopes = new ArrayList<>();
        if (visibility.ownerId() != null) {
            scopes.add("owner_id = :ownerId");
            params.put("ownerId", visibility.ownerId());
        }
        if (visibility.includePool()) {
            scopes.add("owner_id IS NULL");
        }
        if (visibility.createdBy() != null) {
            scopes.add("created_by = :createdBy");
            params.put("createdBy", visibility.createdBy());
        }
        return scopes.isEmpty() ? "FALSE" : "tenant = :tenant AND (" + String.join(" OR ", scopes) + ")";
    }

    private static Lead toLead(ResultSet rs, int row) throws SQLException {
        return new Lead(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                new ContactDetails(
                        rs.getString("name"),
                        rs.getString("company"),
                        rs.getString("title"),
                        rs.getString("phone"),
                        rs.getString("email")),
                LeadSource.valueOf(rs.getString("source")),
                rs.getObject("campaign_id", UUID.class),
                LeadStatus.valueOf(rs.getString("status")),
                rs.getString("owner_id"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
