package io.idem.ingest;

import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The record of past imports in table import_file, one row per source, and the checks that decide
 * whether a source's table still matches its file and definition.
 */
final class ImportLedger {

    /** A row of import_file. */
    record Entry(String sourceName, String fileName, String contentHash, long rowsRead, long rowsLoaded,
                 long rowsQuarantined, LocalDateTime importedAt, String runId) {
    }

    private final Store store;

    ImportLedger(Store store) {
        this.store = store;
    }

    Optional<Entry> entry(String sourceName) throws SQLException {
        String sql = "SELECT file_name, content_hash, rows_read, rows_loaded, rows_quarantined, imported_at, run_id "
                + "FROM import_file WHERE source_name = ?";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, sourceName);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Timestamp importedAt = rows.getTimestamp(6);
                return Optional.of(new Entry(sourceName, rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5), importedAt == null ? null : importedAt.toLocalDateTime(), rows.getString(7)));
            }
        }
    }

    /** Replaces the source's row of import_file; runs inside the caller's transaction. */
    void record(Entry entry) throws SQLException {
        Connection connection = store.connection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_file WHERE source_name = ?")) {
            delete.setString(1, entry.sourceName());
            delete.executeUpdate();
        }
        String sql = "INSERT INTO import_file (source_name, file_name, content_hash, rows_read, rows_loaded, rows_quarantined, "
                + "imported_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, entry.sourceName());
            insert.setString(2, entry.fileName());
            insert.setString(3, entry.contentHash());
            insert.setLong(4, entry.rowsRead());
            insert.setLong(5, entry.rowsLoaded());
            insert.setLong(6, entry.rowsQuarantined());
            insert.setTimestamp(7, Timestamp.valueOf(entry.importedAt()));
            insert.setString(8, entry.runId());
            insert.executeUpdate();
        }
    }

    boolean tableExists(String table) throws SQLException {
        String sql = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = current_schema()";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    /**
     * Returns whether the source's table has the declared columns, in order, with types of the
     * declared kinds, followed by {@code _line}. Compared through JDBC type codes, so that the
     * check reads the same on every engine.
     */
    boolean tableMatches(Source source) throws SQLException {
        SqlDialect dialect = store.dialect();
        List<String> expectedNames = new ArrayList<>(source.columns().keySet());
        expectedNames.add(SourceFileChecker.LINE_COLUMN);
        List<ColumnType> expectedTypes = new ArrayList<>(source.columns().values().stream().map(Column::type).toList());
        expectedTypes.add(ColumnType.INTEGER);
        try (Statement statement = store.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + dialect.quoteIdentifier(source.tableName()) + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            if (meta.getColumnCount() != expectedNames.size()) {
                return false;
            }
            for (int i = 0; i < expectedNames.size(); i++) {
                if (!meta.getColumnName(i + 1).equals(expectedNames.get(i))
                        || !jdbcTypes(expectedTypes.get(i)).contains(meta.getColumnType(i + 1))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Returns the JDBC type codes that engines report for a column type (PostgreSQL reports BOOLEAN as BIT). */
    private static Set<Integer> jdbcTypes(ColumnType type) {
        return switch (type) {
            case STRING -> Set.of(Types.VARCHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CHAR);
            case INTEGER -> Set.of(Types.BIGINT);
            case NUMBER -> Set.of(Types.DOUBLE, Types.FLOAT);
            case MONEY -> Set.of(Types.DECIMAL, Types.NUMERIC);
            case DATE -> Set.of(Types.DATE);
            case TIMESTAMP -> Set.of(Types.TIMESTAMP);
            case BOOLEAN -> Set.of(Types.BOOLEAN, Types.BIT);
        };
    }
}
