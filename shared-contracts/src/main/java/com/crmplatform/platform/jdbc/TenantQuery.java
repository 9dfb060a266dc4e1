package com.crmplatform.platform.jdbc;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a repository builds a filtered WHERE clause: the tenant condition comes first and always, then each
 * optional filter in one line that adds nothing when its value is null. Values are bound as named parameters;
 * only the column names and operators written here reach the SQL, never client text.
 *
 * <pre>{@code
 * TenantQuery where = TenantQuery.of("o", tenant)
 *         .equal("o.stage", "stage", filter.stage())
 *         .atLeast("o.amount", "amountMin", filter.amountMin());
 * PagedSearch.find(jdbc, new Search("opportunity", "o", where.sql(), where.params(), orderBy, false), page, rows);
 * }</pre>
 */
public final class TenantQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private TenantQuery() {}

    /** Rows of {@code tenant} in the table aliased {@code alias}: {@code alias.tenant = :tenant}. */
    public static TenantQuery of(String alias, String tenant) {
        TenantQuery query = new TenantQuery();
        query.conditions.add(alias + ".tenant = :tenant");
        query.params.put("tenant", tenant);
        return query;
    }

    /** {@code column = :param} when {@code value} is not null; an enum is bound by its name. */
    public TenantQuery equal(String column, String param, Object value) {
        return value == null ? this : condition(column + " = :" + param, param, value);
    }

    /** {@code column >= :param} when {@code value} is not null. */
    public TenantQuery atLeast(String column, String param, Object value) {
        return value == null ? this : condition(column + " >= :" + param, param, value);
    }

    /** {@code column < :param} when {@code value} is not null (an exclusive upper bound). */
    public TenantQuery below(String column, String param, Object value) {
        return value == null ? this : condition(column + " < :" + param, param, value);
    }

    /** {@code column <= :param} when {@code value} is not null. */
    public TenantQuery atMost(String column, String param, Object value) {
        return value == null ? this : condition(column + " <= :" + param, param, value);
    }

    /** {@code column IN (:param)} when {@code values} is not null; an empty collection matches nothing. */
    public TenantQuery in(String column, String param, Collection<?> values) {
        if (values == null) {
            return this;
        }
        if (values.isEmpty()) {
            return when(true, "FALSE");
        }
        return condition(
                column + " IN (:" + param + ")",
                param,
                values.stream().map(TenantQuery::bindable).toList());
    }

    /**
     * {@code column} contains {@code text} (case-insensitive, LIKE wildcards in it escaped) when it is not null.
     */
    public TenantQuery contains(String column, String param, String text) {
        if (text == null) {
            return this;
        }
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return condition(column + " ILIKE :" + param, param, "%" + escaped + "%");
    }

    /** A fixed condition (no client values in it) when {@code applies}. */
    public TenantQuery when(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    /** A condition with one parameter, when {@code value} is not null. */
    public TenantQuery when(Object value, String condition, String param) {
        return value == null ? this : condition(condition, param, value);
    }

    /**
     * A condition built elsewhere with its own parameters (a data scope, a keyword matched over several columns);
     * nothing when {@code condition} is null.
     */
    public TenantQuery where(Condition condition) {
        if (condition == null) {
            return this;
        }
        condition.params().keySet().forEach(param -> {
            if (params.containsKey(param)) {
                throw new IllegalStateException("Parameter :" + param + " is bound twice");
            }
        });
        conditions.add(condition.sql());
        condition.params().forEach((param, value) -> params.put(param, bindable(value)));
        return this;
    }

    public String sql() {
        return String.join(" AND ", conditions);
    }

    /** The bound values; a copy that may hold nulls. */
    public Map<String, Object> params() {
        return new HashMap<>(params);
    }

    private TenantQuery condition(String condition, String param, Object value) {
        if (params.containsKey(param)) {
            throw new IllegalStateException("Parameter :" + param + " is bound twice");
        }
        conditions.add(condition);
        params.put(param, bindable(value));
        return this;
    }

    /** Enums by name, instants and dates as the JDBC types PostgreSQL compares with its columns. */
    private static Object bindable(Object value) {
        return switch (value) {
            case Enum<?> constant -> constant.name();
            case Instant instant -> Timestamp.from(instant);
            case LocalDate date -> Date.valueOf(date);
            case null, default -> value;
        };
    }

    /** A piece of a WHERE clause and the values of its named parameters. */
    public record Condition(String sql, Map<String, Object> params) {

        public Condition {
            params = new HashMap<>(params); // values may be null
        }

        /** {@code alternatives} joined with OR in parentheses; FALSE when there are none. */
        public static Condition anyOf(List<String> alternatives, Map<String, Object> params) {
            return new Condition(
                    alternatives.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternatives) + ")", params);
        }
    }
}
