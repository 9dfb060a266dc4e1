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

/**
 * "Nothing written", measured in a service's database over a window of requests: the rows of its tables inserted or
 * updated in the window that hold the suite's marker, and the outbox events inserted in it (by {@code position}: the
 * relay marks rows published and purges old ones on its own) that hold it.
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

    /** The start of a window: the database's transaction counter and the outbox's last position. */
    record Window(String service, long transaction, long outboxPosition) {}

    synchronized Window open(String service) throws SQLException {
        try (Statement statement = connections.get(service).createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT txid_current(), (SELECT coalesce(max(position), 0) FROM outbox_event)")) {
            rows.next();
            return new Window(service, rows.getLong(1), rows.getLong(2));
        }
    }

    /**
     * What the window wrote of the suite's own: rows of each watched table inserted or updated since it opened
     * ({@code xmin} younger than the window) whose text holds {@code marker}, and outbox events after its position
     * whose payload does. Other engineers' writes on the shared platform do not hold the marker; every value the
     * suite sends and every resource it created does ("Fuzz …").
     */
    synchronized List<String> written(Window window, String marker) throws SQLException {
        List<String> written = new ArrayList<>();
        Connection connection = connections.get(window.service());
        long since;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT txid_current()")) {
            rows.next();
            since = rows.getLong(1) - window.transaction();
        }
        String like = "%" + marker + "%";
        for (String table : tables.get(window.service())) {
            String sql = OUTBOX.contains(table)
                    ? "SELECT count(*) FROM outbox_event t WHERE position > ? AND t::text LIKE ?"
                    : "SELECT count(*) FROM " + table + " t WHERE age(t.xmin) <= ? AND t::text LIKE ?";
            try (var statement = connection.prepareStatement(sql)) {
                statement.setLong(1, OUTBOX.contains(table) ? window.outboxPosition() : since);
                statement.setString(2, like);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        written.add(window.service() + "." + table + " " + rows.getLong(1) + " rows");
                    }
                }
            }
        }
        return written;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }
}
