package com.crmplatform.platform.jdbc;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** {@link TableStatistics} for every service with a database; {@code crm.jdbc.statistics-enabled=false} turns it off. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnBean(JdbcClient.class)
@ConditionalOnProperty(name = "crm.jdbc.statistics-enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
public class TableStatisticsAutoConfiguration {

    @Bean
    TableStatistics tableStatistics(JdbcClient jdbc) {
        return new TableStatistics(jdbc);
    }
}
