package com.crmplatform.dealservice.contract.persistence;

import com.crmplatform.dealservice.contract.domain.ContractNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per tenant and year, moved with an upsert: not a PostgreSQL sequence, whose values are never rolled back
 * (numbers would have gaps) and which would need one sequence per tenant and year.
 */
@Repository
class JdbcContractNumbers implements ContractNumbers {

    private final JdbcClient jdbc;

    JdbcContractNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(String tenant, int year) {
        return jdbc.sql("""
                        INSERT INTO contract_number (tenant, year, last_value) VALUES (:tenant, :year, 1)
                        ON CONFLICT (tenant, year) DO UPDATE SET last_value = contract_number.last_value + 1
                        RETURNING last_value
                        """)
                .param("tenant", tenant)
                .param("year", year)
                .query(Long.class)
                .single();
    }
}
