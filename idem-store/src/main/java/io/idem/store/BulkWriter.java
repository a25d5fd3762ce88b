package io.idem.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Fast row loading into an existing table. DuckDB uses its appender; other engines use batched
 * prepared inserts. Values are Java objects matching the column's {@link ColumnType}: String,
 * Long, Double, BigDecimal, LocalDate, LocalDateTime, Boolean, or null.
 */
public abstract sealed class BulkWriter implements AutoCloseable {

    protected final List<String> columns;
    protected final List<ColumnType> types;
    private long rowsWritten;

    private BulkWriter(List<String> columns, List<ColumnType> types) {
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException("columns and types differ in length: " + columns.size() + " and " + types.size());
        }
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
    }

    static BulkWriter open(Store store, String table, List<String> columns, List<ColumnType> types) {
        try {
            Connection connection = store.connection();
            if (connection.isWrapperFor(DuckDBConnection.class)) {
                store.dialect().quoteIdentifier(table);
                return new Appender(store, table, columns, types);
            }
            return new Batched(store, table, columns, types);
        } catch (SQLException e) {
            throw new StoreException("cannot start loading table " + table + ": " + e.getMessage(), e);
        }
    }

    /** Writes one row; {@code values} follow the column order given when the writer was opened. */
    public final void write(Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values, table has " + columns.size() + " columns");
        }
        try {
            writeRow(values);
        } catch (SQLException e) {
            throw new StoreException("cannot write row " + (rowsWritten + 1) + ": " + e.getMessage(), e);
        }
        rowsWritten++;
    }

    public final long rowsWritten() {
        return rowsWritten;
    }

    protected abstract void writeRow(Object[] values) throws SQLException;

    @Override
    public abstract void close();

    /**
     * DuckDB's appender, fed on the store's append thread: rows are copied into batches, and a
     * batch is appended while the caller parses the next one, so parsing and appending overlap on
     * two cores. At most one batch is in flight; errors surface on the next write or on close.
     */
    private static final class Appender extends BulkWriter {
        private static final int BATCH_ROWS = 8_192;

        private final Store store;
        private final DuckDBAppender appender;
        private Object[][] batch = new Object[BATCH_ROWS][];
        private int batchSize;
        private java.util.concurrent.Future<?> inFlight;

        Appender(Store store, String table, List<String> columns, List<ColumnType> types) throws SQLException {
            super(columns, types);
            this.store = store;
            DuckDBConnection duck = store.connection().unwrap(DuckDBConnection.class);
            this.appender = store.onAppendThread(() -> duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table));
        }

        @Override
        protected void writeRow(Object[] values) throws SQLException {
            batch[batchSize++] = values.clone();
            if (batchSize == BATCH_ROWS) {
                flushBatch();
            }
        }

        private void flushBatch() throws SQLException {
            awaitInFlight();
            Object[][] full = batch;
            int rows = batchSize;
            batch = new Object[BATCH_ROWS][];
            batchSize = 0;
            inFlight = store.submitToAppendThread(() -> {
                for (int r = 0; r < rows; r++) {
                    appendRow(full[r]);
                }
                return null;
            });
        }

        private void awaitInFlight() throws SQLException {
            if (inFlight != null) {
                Store.await(inFlight);
                inFlight = null;
            }
        }

        private void appendRow(Object[] values) throws SQLException {
            appender.beginRow();
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    appender.appendNull();
                    continue;
                }
                switch (types.get(i)) {
                    case STRING -> appender.append((String) value);
                    case INTEGER -> appender.append(((Number) value).longValue());
                    case NUMBER -> appender.append(((Number) value).doubleValue());
                    case MONEY -> appender.append(((BigDecimal) value).setScale(4, java.math.RoundingMode.UNNECESSARY));
                    case DATE -> appender.append((LocalDate) value);
                    case TIMESTAMP -> appender.append((LocalDateTime) value);
                    case BOOLEAN -> appender.append((boolean) (Boolean) value);
                }
            }
            appender.endRow();
        }

        @Override
        public void close() {
            try {
                if (batchSize > 0) {
                    flushBatch();
                }
                awaitInFlight();
                store.onAppendThread(() -> {
                    appender.close();
                    return null;
                });
            } catch (SQLException e) {
                throw new StoreException("cannot finish loading: " + e.getMessage(), e);
            }
        }
    }

    private static final class Batched extends BulkWriter {
        private static final int BATCH_SIZE = 5_000;
        private final PreparedStatement statement;
        private int pending;

        Batched(Store store, String table, List<String> columns, List<ColumnType> types) throws SQLException {
            super(columns, types);
            SqlDialect dialect = store.dialect();
            String columnList = columns.stream().map(dialect::quoteIdentifier).collect(Collectors.joining(", "));
            String placeholders = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
            this.statement = store.connection().prepareStatement(
                    "INSERT INTO " + dialect.quoteIdentifier(table) + " (" + columnList + ") VALUES (" + placeholders + ")");
        }

        @Override
        protected void writeRow(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                bind(i + 1, types.get(i), values[i]);
            }
            statement.addBatch();
            if (++pending == BATCH_SIZE) {
                statement.executeBatch();
                pending = 0;
            }
        }

        private void bind(int index, ColumnType type, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, sqlType(type));
                return;
            }
            switch (type) {
                case STRING -> statement.setString(index, (String) value);
                case INTEGER -> statement.setLong(index, ((Number) value).longValue());
                case NUMBER -> statement.setDouble(index, ((Number) value).doubleValue());
                case MONEY -> statement.setBigDecimal(index, (BigDecimal) value);
                case DATE -> statement.setDate(index, Date.valueOf((LocalDate) value));
                case TIMESTAMP -> statement.setTimestamp(index, Timestamp.valueOf((LocalDateTime) value));
                case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            }
        }

        private static int sqlType(ColumnType type) {
            return switch (type) {
                case STRING -> Types.VARCHAR;
                case INTEGER -> Types.BIGINT;
                case NUMBER -> Types.DOUBLE;
                case MONEY -> Types.NUMERIC;
                case DATE -> Types.DATE;
                case TIMESTAMP -> Types.TIMESTAMP;
                case BOOLEAN -> Types.BOOLEAN;
            };
        }

        @Override
        public void close() {
            try (statement) {
                if (pending > 0) {
                    statement.executeBatch();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot finish loading: " + e.getMessage(), e);
            }
        }
    }
}
