package io.idem.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

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
