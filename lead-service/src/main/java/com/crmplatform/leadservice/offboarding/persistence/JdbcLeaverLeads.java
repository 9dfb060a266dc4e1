package com.crmplatform.leadservice.offboarding.persistence;

import com.crmplatform.leadservice.offboarding.domain.LeaverLeads;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A leaver's open leads in the {@code lead} table, scoped by tenant first. */
@Repository
class JdbcLeaverLeads implements LeaverLeads {

    private final JdbcClient jdbc;

    JdbcLeaverLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> lockOpenLeadsOwnedBy(String tenant, String ownerId) {
        // Ordered by id, like a bulk assignment, so the two lock overlapping leads in the same order.
        return jdbc.sql("""
                        SELECT id FROM lead
                         WHERE tenant = :tenant AND owner_id = :ownerId AND status IN ('NEW', 'ASSIGNED', 'FOLLOWING')
                         ORDER BY id
                           FOR UPDATE
                        """)
                .param("tenant", tenant)
                .param("ownerId", ownerId)
                .query(UUID.class)
                .list();
    }
}
