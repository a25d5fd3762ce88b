package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Counts touchpoints per account in the 90 days ending at the as-of date: occurred_on in (asOf - 90, asOf]. */
public final class TouchpointCounter {

    public static final int WINDOW_DAYS = 90;

    private TouchpointCounter() {
    }

    /** Returns the counts from the workspace's touchpoints source, or empty when it has none. */
    public static Optional<Map<String, Long>> forWorkspace(Store store, Workspace workspace, LocalDate asOf) {
        Optional<Source> source = workspace.sourceOfKind(SourceKind.TOUCHPOINTS);
        return source.map(s -> count(store, s.tableName(), asOf));
    }

    /** Returns, sorted by account, the rows of {@code table} per account_id with occurred_on in the window. */
    public static Map<String, Long> count(Store store, String table, LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        String sql = "SELECT account_id, COUNT(*) FROM " + store.dialect().quoteIdentifier(table)
                + " WHERE occurred_on > ? AND occurred_on <= ? AND account_id IS NOT NULL GROUP BY account_id";
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setDate(1, java.sql.Date.valueOf(asOf.minusDays(WINDOW_DAYS)));
            statement.setDate(2, java.sql.Date.valueOf(asOf));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count touchpoints in " + table + ": " + e.getMessage(), e);
        }
        return counts;
    }
}
