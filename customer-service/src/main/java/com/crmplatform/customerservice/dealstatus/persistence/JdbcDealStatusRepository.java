package com.crmplatform.customerservice.dealstatus.persistence;

import com.crmplatform.contracts.deal.CustomerDeal;
import com.crmplatform.customerservice.dealstatus.domain.DealStatusRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deal-status columns of the {@code customer} table, scoped by tenant first. */
@Repository
class JdbcDealStatusRepository implements DealStatusRepository {

    private final JdbcClient jdbc;

    JdbcDealStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean storeIfNewer(String tenant, CustomerDeal deal) {
        // One statement compares and writes under the row lock, so two consumers racing with events of the same
        // customer (one per topic) cannot let the older status win. Soft-deleted customers are kept up to date too:
        // a restored one shows its real status.
        return jdbc.sql("""
                        UPDATE customer SET deal_status = :status, deal_status_sequence = :sequence
                         WHERE tenant = :tenant AND id = :customerId AND deal_status_sequence < :sequence
                        """)
                        .param("status", deal.status().name())
                        .param("sequence", deal.sequence())
                        .param("tenant", tenant)
                        .param("customerId", deal.customerId())
                        .update()
                == 1;
    }

    @Override
    public Optional<Long> sequenceOf(String tenant, UUID customerId) {
        return jdbc.sql("SELECT deal_status_sequence FROM customer WHERE tenant = :tenant AND id = :customerId")
                .param("tenant", tenant)
                .param("customerId", customerId)
                .query(Long.class)
                .optional();
    }
}
