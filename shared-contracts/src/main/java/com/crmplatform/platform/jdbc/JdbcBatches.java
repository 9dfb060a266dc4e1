package com.crmplatform.platform.jdbc;

import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Many rows written with JDBC batches of {@link #BATCH_SIZE}: one round trip per batch instead of one per row (an
 * import of 100,000 leads), and only one batch's parameters in memory at a time.
 */
public final class JdbcBatches {

    public static final int BATCH_SIZE = 1000;

    private JdbcBatches() {}

    /** Runs {@code sql} once per item, with the item's {@code parameters}, in batches. */
    public static <T> void update(
            NamedParameterJdbcTemplate jdbc,
            String sql,
            List<? extends T> items,
            Function<? super T, ? extends SqlParameterSource> parameters) {
        for (int from = 0; from < items.size(); from += BATCH_SIZE) {
            SqlParameterSource[] batch = items.subList(from, Math.min(items.size(), from + BATCH_SIZE)).stream()
                    .map(parameters)
                    .toArray(SqlParameterSource[]::new);
            jdbc.batchUpdate(sql, batch);
        }
    }
}
