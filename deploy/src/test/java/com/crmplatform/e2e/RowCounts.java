package com.crmplatform.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * "Nothing written", measured in a service's database: the exact row count of each of its tables, and for
 * {@code outbox_event} the number of rows inserted after a snapshot (by {@code position}: the relay marks rows
 * published and purges old ones on its own, so a plain count would move without any request).
 *
 * <p>Tables that change with no request of the suite are left out, each with its reason in {@link #UNWATCHED}.
 */
final class RowCounts implements AutoCloseable {

    /** Tables whose rows change without a request: Kafka consumers, projections, jobs, leases. */
    static final Map<String, String> UNWATCHED = Map.ofEntries(
            Map.entry("*.processed_event", "each Kafka consumer records the events it applied"),
            Map.entry("*.flyway_schema_history", "migrations only"),
            Map.entry("deal.known_customer", "projection fed by customer-service's events"),
            Map.entry("deal.known_contact", "projection fed by customer-service's events"),
            Map.entry("deal.customer_deal", "projection fed by customer-service's events"),
            Map.entry("campaign.lead_attribution", "fed by lead-service's events"),
            Map.entry("campaign.campaign_stats_lead", "statistics fed by lead events"),
            Map.entry("campaign.campaign_stats_customer", "statistics fed by customer events"),
            Map.entry("campaign.campaign_stats_opportunity", "statistics fed by deal events"),
            Map.entry("campaign.campaign_stats_contract", "statistics fed by deal events"),
            Map.entry("campaign.campaign_stats_payment", "statistics fed by billing events"),
            Map.entry("campaign.campaign_sync_lease", "a lease the sync takes and gives back"),
            Map.entry("billing.contract", "projection fed by deal-service's contract events"),
            Map.entry("billing.contract_receivable", "fed by deal-service's contract events"),
            Map.entry("billing.receivable_aging_change", "kept by the aging fold and overdue jobs"),
            Map.entry("billing.receivable_aging_day", "kept by the aging fold and overdue jobs"),
            Map.entry("billing.receivable_aging_open", "kept by the aging fold and overdue jobs"),
            Map.entry("billing.receivable_aging_owner_day", "kept by the aging fold and overdue jobs"),
            Map.entry("billing.receivable_aging_totals", "kept by the aging fold and overdue jobs"));

    private static final Set<String> OUTBOX = Set.of("outbox_event");

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, List<String>> tables = new LinkedHashMap<>();

    RowCounts() throws SQLException {
        for (String service : Platform.SERVICES) {
            Connection connection = Platform.database(service);
            connections.put(service, connection);
            List<String> watched = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!UNWATCHED.containsKey("*." + table) && !UNWATCHED.containsKey(service + "." + table)) {
                        watched.add(table);
                    }
                }
            }
            tables.put(service, watched);
        }
    }

    /** Table → rows of every watched table of one service ({@code outbox_event}: its highest position). */
    synchronized Map<String, Long> snapshot(String service) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (var entry : tables.entrySet()) {
            if (!entry.getKey().equals(service)) {
                continue;
            }
            try (Statement statement = connections.get(entry.getKey()).createStatement()) {
                for (String table : entry.getValue()) {
                    String sql = OUTBOX.contains(table)
                            ? "SELECT coalesce(max(position), 0) FROM " + table
                            : "SELECT count(*) FROM " + table;
                    try (ResultSet rows = statement.executeQuery(sql)) {
                        rows.next();
                        counts.put(entry.getKey() + "." + table, rows.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** What moved between two snapshots, e.g. {@code lead.lead +1}; empty when nothing did. */
    static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changes = new ArrayList<>();
        for (var entry : after.entrySet()) {
            long was = before.getOrDefault(entry.getKey(), 0L);
            if (was != entry.getValue()) {
                boolean outbox = entry.getKey().endsWith(".outbox_event");
                changes.add(entry.getKey()
                        + (outbox ? " new events after position " + was : " " + was + " → " + entry.getValue()));
            }
        }
        return changes;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }
}
