package io.idem.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to about
 * 10,000 bound values each. DuckDB runs a JDBC batch as one statement per row, which costs
 * milliseconds each; one statement per chunk makes state writes scale with the row count.
 */
final class MultiRowInsert {

    private static final int MAX_PARAMETERS = 10_000;

    private MultiRowInsert() {
    }

    static long insert(Store store, String table, List<String> columns, List<Object[]> rows, String conflictColumns) {
        if (rows.isEmpty()) {
            return 0;
        }
        try {
            if (store.connection().isWrapperFor(DuckDBConnection.class)) {
                return insertThroughStage(store, table, columns, rows, conflictColumns);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot insert into " + table + ": " + e.getMessage(), e);
        }
        SqlDialect dialect = store.dialect();
        int rowsPerStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        String head = "INSERT INTO " + dialect.quoteIdentifier(table) + " ("
                + columns.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", ")) + ") VALUES ";
        String tuple = "(" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        String tail = conflictColumns == null ? "" : dialect.insertIgnoreSuffix(conflictColumns);
        Connection connection = store.connection();
        long inserted = 0;
        try {
            for (int start = 0; start < rows.size(); start += rowsPerStatement) {
                List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + rowsPerStatement));
                String sql = head + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple)) + tail;
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int index = 1;
                    for (Object[] row : chunk) {
                        if (row.length != columns.size()) {
                            throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns of " + table);
                        }
                        for (Object value : row) {
                            bind(statement, index++, value);
                        }
                    }
                    inserted += statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot insert into " + table + ": " + e.getMessage(), e);
        }
        return inserted;
    }

    /**
     * DuckDB: appends the rows to a staging table shaped like the target, then moves them with one
     * INSERT ... SELECT. Its appender writes columnar chunks, far faster than parsing statements.
     */
    private static long insertThroughStage(Store store, String table, List<String> columns, List<Object[]> rows, String conflictColumns)
            throws SQLException {
        SqlDialect dialect = store.dialect();
        String stage = "idem_stage_" + table;
        String columnList = columns.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", "));
        Connection connection = store.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + dialect.quoteIdentifier(stage));
            statement.execute("CREATE TABLE " + dialect.quoteIdentifier(stage) + " AS SELECT " + columnList + " FROM "
                    + dialect.quoteIdentifier(table) + " WHERE FALSE");
            int[] scales = new int[columns.size()];
            try (ResultSet empty = statement.executeQuery("SELECT * FROM " + dialect.quoteIdentifier(stage))) {
                ResultSetMetaData metadata = empty.getMetaData();
                for (int i = 0; i < columns.size(); i++) {
                    scales[i] = metadata.getColumnType(i + 1) == Types.DECIMAL ? metadata.getScale(i + 1) : -1;
                }
            }
            try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, stage)) {
                for (Object[] row : rows) {
                    if (row.length != columns.size()) {
                        throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns of " + table);
                    }
                    appender.beginRow();
                    for (int i = 0; i < row.length; i++) {
                        append(appender, row[i], scales[i]);
                    }
                    appender.endRow();
                }
            }
            String tail = conflictColumns == null ? "" : dialect.insertIgnoreSuffix(conflictColumns);
            long inserted = statement.executeUpdate("INSERT INTO " + dialect.quoteIdentifier(table) + " (" + columnList + ") SELECT "
                    + columnList + " FROM " + dialect.quoteIdentifier(stage) + tail);
            statement.execute("DROP TABLE " + dialect.quoteIdentifier(stage));
            return inserted;
        }
    }

    private static void append(DuckDBAppender appender, Object value, int decimalScale) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String text) {
            appender.append(text);
        } else if (value instanceof LocalDate date) {
            appender.append(date);
        } else if (value instanceof LocalDateTime dateTime) {
            appender.append(dateTime);
        } else if (value instanceof BigDecimal decimal) {
            appender.append(decimalScale >= 0 ? decimal.setScale(decimalScale, java.math.RoundingMode.HALF_EVEN) : decimal);
        } else if (value instanceof Double number) {
            appender.append((double) number);
        } else if (value instanceof Long || value instanceof Integer) {
            appender.append(((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            appender.append((boolean) flag);
        } else {
            appender.append(value.toString());
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setObject(index, null);
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, java.sql.Date.valueOf(date));
        } else if (value instanceof LocalDateTime dateTime) {
            statement.setObject(index, java.sql.Timestamp.valueOf(dateTime));
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else if (value instanceof Long || value instanceof Integer) {
            statement.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            statement.setString(index, value.toString());
        }
    }
}
