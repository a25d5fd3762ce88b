package io.idem.identify;

import io.idem.store.ColumnType;
import io.idem.store.Store;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Creates and fills {@code src_<name>} tables shaped as the import contract defines them: the
 * declared columns in declaration order, typed string VARCHAR, integer BIGINT, number DOUBLE
 * PRECISION, money DECIMAL(18,4), date DATE, timestamp TIMESTAMP, boolean BOOLEAN, then
 * {@code _line BIGINT}. Written apart from the importer, so feature tests do not depend on it.
 */
final class SourceTable {

    private static final int ROWS_PER_STATEMENT = 500;

    private SourceTable() {
    }

    static void create(Store store, Source source) throws SQLException {
        List<String> definitions = new ArrayList<>();
        for (Column column : source.columns().values()) {
            definitions.add(quote(column.name()) + " " + sqlType(column.type()));
        }
        definitions.add(quote("_line") + " BIGINT");
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("CREATE TABLE " + quote(source.tableName()) + " (" + String.join(", ", definitions) + ")");
        }
    }

    /** Inserts rows holding one value per declared column followed by the row's {@code _line}. */
    static void insert(Store store, Source source, List<Object[]> rows) throws SQLException {
        List<Column> columns = new ArrayList<>(source.columns().values());
        for (Object[] row : rows) {
            if (row.length != columns.size() + 1) {
                throw new IllegalArgumentException("a row of " + source.tableName() + " has " + row.length
                        + " values; expected " + columns.size() + " columns and _line");
            }
        }
        if (store.connection().isWrapperFor(DuckDBConnection.class)) {
            append(store.connection().unwrap(DuckDBConnection.class), source, columns, rows);
            return;
        }
        List<String> names = new ArrayList<>();
        columns.forEach(column -> names.add(quote(column.name())));
        names.add(quote("_line"));
        String tuple = "(" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO " + quote(source.tableName()) + " (" + String.join(", ", names) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple));
            try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
                int index = 1;
                for (Object[] row : chunk) {
                    for (int c = 0; c < columns.size(); c++) {
                        bind(statement, index++, row[c], columns.get(c).type());
                    }
                    bind(statement, index++, row[columns.size()], ColumnType.INTEGER);
                }
                statement.executeUpdate();
            }
        }
    }

    /**
     * Loads rows through DuckDB's appender: DuckDB binds parameters of multi-row inserts slowly
     * enough that the 25,000 RavenStack usage rows would take seconds.
     */
    private static void append(DuckDBConnection connection, Source source, List<Column> columns, List<Object[]> rows) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, source.tableName())) {
            for (Object[] row : rows) {
                appender.beginRow();
                for (int c = 0; c <= columns.size(); c++) {
                    Object value = row[c];
                    if (value == null) {
                        appender.appendNull();
                    } else if (value instanceof LocalDate date) {
                        appender.append(date);
                    } else if (value instanceof LocalDateTime dateTime) {
                        appender.append(dateTime);
                    } else if (value instanceof BigDecimal decimal) {
                        appender.append(decimal.setScale(4, RoundingMode.UNNECESSARY));
                    } else if (value instanceof Double number) {
                        appender.append((double) number);
                    } else if (value instanceof Integer || value instanceof Long) {
                        appender.append(((Number) value).longValue());
                    } else if (value instanceof Boolean flag) {
                        appender.append((boolean) flag);
                    } else {
                        appender.append(value.toString());
                    }
                }
                appender.endRow();
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value, ColumnType type) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType(type));
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof LocalDateTime dateTime) {
            statement.setTimestamp(index, Timestamp.valueOf(dateTime));
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else if (value instanceof Integer || value instanceof Long) {
            statement.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            statement.setString(index, value.toString());
        }
    }

    private static String sqlType(ColumnType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case NUMBER -> "DOUBLE PRECISION";
            case MONEY -> "DECIMAL(18,4)";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    private static int jdbcType(ColumnType type) {
        return switch (type) {
            case STRING -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case NUMBER -> Types.DOUBLE;
            case MONEY -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case BOOLEAN -> Types.BOOLEAN;
        };
    }

    private static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }
}
