package com.crmplatform.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.crmplatform.platform.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * {@link TableStatistics} against the real local PostgreSQL, whose autovacuum is off on these machines: a table
 * filled since its last analysis is analyzed, one full of dead rows vacuumed, an untouched one left alone.
 */
class TableStatisticsIT {

    static JdbcClient jdbc;

    @BeforeAll
    static void schema() {
        JdbcClient admin = client(TestDatabase.url("platform"));
        // Its own schema: the run's database is shared with tests whose Flyway wants an empty public schema.
        admin.sql("DROP SCHEMA IF EXISTS table_stats CASCADE").update();
        admin.sql("CREATE SCHEMA table_stats").update();
        jdbc = client(TestDatabase.url("platform") + "?currentSchema=table_stats");
    }

    @Test
    void analyzesChangedTablesAndVacuumsDeadRowsOnlyWhenTheServerDoesNot() throws Exception {
        assumeThat(jdbc.sql("SHOW autovacuum").query(String.class).single())
                .as("the server's autovacuum is off, as on the development machines")
                .isEqualTo("off");
        jdbc.sql("CREATE TABLE filled (id int PRIMARY KEY)").update();
        jdbc.sql("CREATE TABLE churned (id int PRIMARY KEY, n int)").update();
        jdbc.sql("CREATE TABLE quiet (id int PRIMARY KEY)").update();
        jdbc.sql("INSERT INTO quiet VALUES (1)").update();
        jdbc.sql("ANALYZE quiet").update();
        jdbc.sql("INSERT INTO filled SELECT generate_series(1, 5000)").update();
        jdbc.sql("INSERT INTO churned SELECT n, 0 FROM generate_series(1, 2000) n")
                .update();
        jdbc.sql("ANALYZE churned").update();
        jdbc.sql("UPDATE churned SET n = n + 1").update();
        Thread.sleep(1500); // the server's statistics of table activity are flushed about once a second

        TableStatistics statistics = new TableStatistics(jdbc);
        statistics.checkServer();
        statistics.refresh();

        assertThat(lastAnalyze("filled")).isNotNull();
        assertThat(reltuples("filled")).isEqualTo(5000);
        assertThat(lastVacuum("churned")).isNotNull();
        assertThat(lastVacuum("quiet")).isNull();
        assertThat(lastVacuum("filled")).isNull();
    }

    private static Object lastAnalyze(String table) {
        return stat("last_analyze", table);
    }

    private static Object lastVacuum(String table) {
        return stat("last_vacuum", table);
    }

    private static Object stat(String column, String table) {
        return jdbc.sql("SELECT " + column
                        + " FROM pg_stat_user_tables WHERE schemaname = 'table_stats' AND relname = ?")
                .param(table)
                .query((rs, row) -> rs.getObject(1))
                .optional()
                .orElse(null);
    }

    private static long reltuples(String table) {
        return jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE oid = ?::regclass")
                .param("table_stats." + table)
                .query(Long.class)
                .single();
    }

    private static JdbcClient client(String url) {
        return JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(), url, TestDatabase.username(), TestDatabase.password()));
    }
}
