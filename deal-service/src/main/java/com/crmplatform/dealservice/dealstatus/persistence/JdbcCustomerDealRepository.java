package com.crmplatform.dealservice.dealstatus.persistence;

import com.crmplatform.contracts.deal.DealStatus;
import com.crmplatform.dealservice.dealstatus.domain.CustomerDealRepository;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCustomerDealRepository implements CustomerDealRepository {

    private final JdbcClient jdbc;

    JdbcCustomerDealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long lockNextSequence(String tenant, UUID customerId) {
        return jdbc.sql("""
                        INSERT INTO customer_deal (tenant, customer_id, status, sequence)
                        VALUES (:tenant, :customerId, 'NONE', 1)
                        ON CONFLICT (tenant, customer_id) DO UPDATE SET sequence = customer_deal.sequence + 1
                        RETURNING sequence
                        """)
                .param("tenant", tenant)
                .param("customerId", customerId)
                .query(Long.class)
                .single();
    }

    @Override
    public DealStatus currentStatus(String tenant, UUID customerId) {
        return DealStatus.valueOf(jdbc.sql("""
                        SELECT CASE
                          WHEN EXISTS (SELECT 1 FROM contract WHERE tenant = :tenant AND customer_id = :customerId
                                         AND (status IN ('ACTIVE', 'COMPLETED')
                                              OR (status = 'PENDING_APPROVAL' AND approved_amount IS NOT NULL)))
                            THEN 'DEAL'
                          WHEN EXISTS (SELECT 1 FROM opportunity o WHERE o.tenant = :tenant
                                         AND o.customer_id = :customerId
                                         AND (o.status = 'OPEN'
                                              OR (o.status = 'WON' AND NOT EXISTS (
                                                    SELECT 1 FROM contract c WHERE c.tenant = o.tenant
                                                      AND c.opportunity_id = o.id))))
                            OR EXISTS (SELECT 1 FROM contract WHERE tenant = :tenant AND customer_id = :customerId
                                         AND status IN ('DRAFT', 'PENDING_APPROVAL')) THEN 'IN_PROGRESS'
                          ELSE 'NONE' END
                        """)
                .param("tenant", tenant)
                .param("customerId", customerId)
                .query(String.class)
                .single());
    }

    @Override
    public void saveStatus(String tenant, UUID customerId, DealStatus status) {
        jdbc.sql("UPDATE customer_deal SET status = :status WHERE tenant = :tenant AND customer_id = :customerId")
                .param("status", status.name())
                .param("tenant", tenant)
                .param("customerId", customerId)
                .update();
    }
}
