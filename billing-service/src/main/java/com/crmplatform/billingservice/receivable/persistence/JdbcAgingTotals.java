package com.crmplatform.billingservice.receivable.persistence;

import com.crmplatform.billingservice.receivable.domain.AgingTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code fold_receivable_aging} of {@code V5__receivable_aging_totals.sql}, and a vacuum of the changes it deleted:
 * autovacuum visits a table at most once a minute, and a minute of payments leaves tens of thousands of dead change rows
 * that every aging report would otherwise step over.
 */
@Repository
class JdbcAgingTotals implements AgingTotals {

    private final JdbcClient jdbc;

    JdbcAgingTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int fold(int limit) {
        return jdbc.sql("SELECT fold_receivable_aging(:limit)")
                .param("limit", limit)
                .query(Integer.class)
                .single();
    }

    @Override
    public void vacuumChanges() {
        jdbc.sql("VACUUM (SKIP_LOCKED) receivable_aging_change").update();
    }
}
