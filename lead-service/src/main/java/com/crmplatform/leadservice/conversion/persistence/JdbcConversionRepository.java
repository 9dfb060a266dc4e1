package com.crmplatform.leadservice.conversion.persistence;

import com.crmplatform.leadservice.conversion.domain.ConversionRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The conversion columns of the {@code lead} table, through plain SQL scoped by tenant. */
@Repository
class JdbcConversionRepository implements ConversionRepository {

    private final JdbcClient jdbc;

    JdbcConversionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markConverted(String tenant, UUID leadId, UUID customerId, int expectedVersion, Instant at) {
        return jdbc.sql("""
                        UPDATE lead
                           SET status = 'CONVERTED', customer_id = :customerId, converted_at = :at,
                               updated_at = :at, version = version + 1
                         WHERE tenant = :tenant AND id = :id AND version = :expectedVersion
                           AND status IN ('NEW', 'ASSIGNED', 'FOLLOWING')
                        """)
                        .param("customerId", customerId)
                        .param("at", Timestamp.from(at))
                        .param("tenant", tenant)
                        .param("id", leadId)
                        .param("expectedVersion", expectedVersion)
                        .update()
                == 1;
    }
}
