package com.crmplatform.platform.jdbc;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the planner's statistics of a service's own tables current, and their dead rows few, when the PostgreSQL
 * server does not: with autovacuum off (as on the development machines) nothing is ever analyzed, and a plan made for
 * a table the planner believes empty scans it whole once it holds a few hundred thousand rows (a member lookup took
 * 35–175 ms, a sync's batch 10 times its time). Every {@code crm.jdbc.statistics-interval} it runs
 * {@code ANALYZE} on the tables changed by more than 1,000 rows plus 10 % since their last analysis, and
 * {@code VACUUM (ANALYZE)} on those with more dead rows than 1,000 plus 20 % of their live ones — what autovacuum's
 * defaults would do. The first run comes {@code crm.jdbc.statistics-initial-delay} after start-up, off the start's
 * path. With autovacuum on it does nothing.
 */
public class TableStatistics {

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

    private final JdbcClient jdbc;
    private volatile boolean autovacuumOn = true;

    public TableStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void checkServer() {
        autovacuumOn =
                "on".equals(jdbc.sql("SHOW autovacuum").query(String.class).single());
        if (!autovacuumOn) {
            log.warn("autovacuum is off on this PostgreSQL server: this service analyzes and vacuums its own tables"
                    + " instead (crm.jdbc.statistics-interval). A production server must run autovacuum.");
        }
    }

    @Scheduled(
            fixedDelayString = "${crm.jdbc.statistics-interval:30s}",
            initialDelayString = "${crm.jdbc.statistics-initial-delay:10s}")
    public void refresh() {
        if (autovacuumOn) {
            return;
        }
        for (String table : tables("n_dead_tup > 1000 + 0.2 * n_live_tup")) {
            jdbc.sql("VACUUM (ANALYZE) " + table).update();
        }
        for (String table : tables("n_mod_since_analyze > 1000 + 0.1 * n_live_tup"
                + " OR (last_analyze IS NULL AND last_autoanalyze IS NULL AND n_mod_since_analyze > 0)")) {
            jdbc.sql("ANALYZE " + table).update();
        }
    }

    /** The service's own tables (its schema's, Flyway's history excepted) matching the condition, quoted. */
    private List<String> tables(String condition) {
        return jdbc.sql("SELECT quote_ident(schemaname) || '.' || quote_ident(relname) FROM pg_stat_user_tables"
                        + " WHERE schemaname = current_schema() AND relname <> 'flyway_schema_history' AND ("
                        + condition + ")")
                .query(String.class)
                .list();
    }
}
