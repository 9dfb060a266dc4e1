package com.crmplatform.dealservice.customer.persistence;

import com.crmplatform.dealservice.customer.domain.KnownCustomer;
import com.crmplatform.dealservice.customer.domain.KnownCustomerRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer read model in PostgreSQL; every query is scoped by tenant first. */
@Repository
class JdbcKnownCustomerRepository implements KnownCustomerRepository {

    private final JdbcClient jdbc;

    JdbcKnownCustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownCustomer> find(String tenant, UUID id) {
        return jdbc.sql("SELECT * FROM known_customer WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .query((rs, row) -> new KnownCustomer(
                        rs.getString("tenant"),
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("owner_id"),
                        rs.getObject("source_campaign_id", UUID.class),
                        rs.getBoolean("deleted")))
                .optional();
    }

    @Override
    public void save(KnownCustomer c, Instant at) {
        jdbc.sql("""
                INSERT INTO known_customer (tenant, id, name, owner_id, source_campaign_id, deleted, updated_at)
                VALUES (:tenant, :id, :name, :ownerId, :campaignId, :deleted, :at)
                ON CONFLICT (tenant, id) DO UPDATE SET name = EXCLUDED.name, owner_id = EXCLUDED.owner_id,
                    source_campaign_id = EXCLUDED.source_campaign_id, deleted = EXCLUDED.deleted,
                    updated_at = EXCLUDED.updated_at
                """)
                .param("tenant", c.tenant())
                .param("id", c.id())
                .param("name", c.name())
                .param("ownerId", c.ownerId())
                .param("campaignId", c.sourceCampaignId())
                .param("deleted", c.deleted())
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public void rename(String tenant, UUID id, String name, Instant at) {
        set(tenant, id, "name = :value", name, at);
    }

    @Override
    public void changeOwner(String tenant, UUID id, String ownerId, Instant at) {
        set(tenant, id, "owner_id = :value", ownerId, at);
    }

    @Override
    public void markDeleted(String tenant, UUID id, boolean deleted, Instant at) {
        set(tenant, id, "deleted = :value", deleted, at);
    }

    private void set(String tenant, UUID id, String assignment, Object value, Instant at) {
        jdbc.sql("UPDATE known_customer SET " + assignment + ", updated_at = :at WHERE tenant = :tenant AND id = :id")
                .param("value", value)
                .param("at", Timestamp.from(at))
                .param("tenant", tenant)
                .param("id", id)
                .update();
    }

    @Override
    public void saveContact(String tenant, UUID id, UUID customerId, String name, boolean deleted) {
        jdbc.sql("""
                INSERT INTO known_contact (tenant, id, customer_id, name, deleted)
                VALUES (:tenant, :id, :customerId, :name, :deleted)
                ON CONFLICT (tenant, id) DO UPDATE SET customer_id = EXCLUDED.customer_id, name = EXCLUDED.name,
                    deleted = EXCLUDED.deleted
                """)
                .param("tenant", tenant)
                .param("id", id)
                .param("customerId", customerId)
                .param("name", name)
                .param("deleted", deleted)
                .update();
    }

    @Override
    public Set<UUID> contactsOf(String tenant, UUID customerId, Collection<UUID> contactIds) {
        return new HashSet<>(jdbc.sql("""
                        SELECT id FROM known_contact
                        WHERE tenant = :tenant AND customer_id = :customerId AND NOT deleted AND id IN (:ids)
                        """)
                .param("tenant", tenant)
                .param("customerId", customerId)
                .param("ids", contactIds)
                .query(UUID.class)
                .list());
    }
}
