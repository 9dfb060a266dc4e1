package com.crmplatform.billingservice.contract.persistence;

import com.crmplatform.billingservice.contract.domain.ContractBalance;
import com.crmplatform.billingservice.contract.domain.KnownContract;
import com.crmplatform.billingservice.contract.domain.KnownContractRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contract read model in PostgreSQL; every query is scoped by tenant first. */
@Repository
class JdbcKnownContractRepository implements KnownContractRepository {

    private final JdbcClient jdbc;

    JdbcKnownContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownContract> find(String tenant, UUID id) {
        return findOne("SELECT * FROM contract WHERE tenant = :tenant AND id = :id", tenant, id);
    }

    @Override
    public Optional<KnownContract> findForUpdate(String tenant, UUID id) {
        return findOne("SELECT * FROM contract WHERE tenant = :tenant AND id = :id FOR UPDATE", tenant, id);
    }

    private Optional<KnownContract> findOne(String sql, String tenant, UUID id) {
        return jdbc.sql(sql)
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcKnownContractRepository::toContract)
                .optional();
    }

    @Override
    public void save(KnownContract c, Instant changedAt) {
        jdbc.sql("""
                INSERT INTO contract (tenant, id, number, title, customer_id, owner_id, amount, currency, status,
                    source_campaign_id, version, changed_at)
                VALUES (:tenant, :id, :number, :title, :customerId, :ownerId, :amount, :currency, :status,
                    :sourceCampaignId, :version, :changedAt)
                ON CONFLICT (tenant, id) DO UPDATE SET number = EXCLUDED.number, title = EXCLUDED.title,
                    customer_id = EXCLUDED.customer_id, owner_id = EXCLUDED.owner_id, amount = EXCLUDED.amount,
                    currency = EXCLUDED.currency, status = EXCLUDED.status,
                    source_campaign_id = EXCLUDED.source_campaign_id, version = EXCLUDED.version,
                    changed_at = EXCLUDED.changed_at
                WHERE contract.version <= EXCLUDED.version
                """)
                .param("tenant", c.tenant())
                .param("id", c.id())
                .param("number", c.number())
                .param("title", c.title())
                .param("customerId", c.customerId())
                .param("ownerId", c.ownerId())
                .param("amount", c.amount())
                .param("currency", c.currency())
                .param("status", c.status())
                .param("sourceCampaignId", c.sourceCampaignId())
                .param("version", c.version())
                .param("changedAt", Timestamp.from(changedAt))
                .update();
    }

    @Override
    public ContractBalance balance(String tenant, UUID id) {
        return jdbc.sql("SELECT planned, collected, recorded FROM contract_balance WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .query((rs, row) -> new ContractBalance(
                        Amounts.of(rs, "planned"), Amounts.of(rs, "collected"), Amounts.of(rs, "recorded")))
                .single();
    }

    @Override
    public boolean markFullyPaid(String tenant, UUID id, BigDecimal collected, Instant at) {
        return jdbc.sql("""
                        INSERT INTO contract_fully_paid (tenant, contract_id, collected, paid_at)
                        VALUES (:tenant, :id, :collected, :at) ON CONFLICT DO NOTHING
                        """)
                        .param("tenant", tenant)
                        .param("id", id)
                        .param("collected", collected)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private static KnownContract toContract(ResultSet rs, int row) throws SQLException {
        return new KnownContract(
                rs.getString("tenant"),
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getString("title"),
                rs.getObject("customer_id", UUID.class),
                rs.getString("owner_id"),
                Amounts.of(rs, "amount"),
                rs.getString("currency"),
                rs.getString("status"),
                rs.getObject("source_campaign_id", UUID.class),
                rs.getInt("version"));
    }
}
