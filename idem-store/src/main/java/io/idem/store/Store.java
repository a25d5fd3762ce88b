package io.idem.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open store: one JDBC connection, the dialect of its engine, and the schema brought up to date
 * by Flyway on open. Not thread-safe, because a run uses one connection; open one store per thread.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final StoreLocation location;
    private final Connection connection;
    private final SqlDialect dialect;
    private java.util.concurrent.ExecutorService appendThread;

    private Store(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
        this.dialect = location.dialect();
    }

    /** Opens the store, creating the DuckDB file on first use, and applies pending migrations. */
    public static Store open(StoreLocation location) {
        Objects.requireNonNull(location, "location is null");
        try {
            if (location.kind() == StoreLocation.Kind.DUCKDB) {
                Files.createDirectories(location.duckDbFile().getParent());
            }
            Connection connection = connect(location);
            Store store = new Store(location, connection);
            store.migrate();
            LOG.info("Opened store {}", location.describe());
            return store;
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + location.describe() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + location.describe() + ": " + e.getMessage()
                    + (location.kind() == StoreLocation.Kind.POSTGRESQL
                    ? "; check that PostgreSQL is running and the database exists" : ""), e);
        }
    }

    private static Connection connect(StoreLocation location) throws SQLException {
        Properties properties = new Properties();
        if (location.user() != null) {
            properties.setProperty("user", location.user());
        }
        if (location.password() != null) {
            properties.setProperty("password", location.password());
        }
        return DriverManager.getConnection(location.jdbcUrl(), properties);
    }

    private void migrate() {
        // Flyway gets its own connection wrapped as a DataSource; for DuckDB a second connection
        // would need a second database instance, so the store's connection is shared with it.
        Flyway flyway = Flyway.configure()
                .dataSource(new SingleConnectionDataSource(connection))
                .locations("classpath:db/migration")
                .table("idem_schema_history")
                .load();
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Applied {} migration(s) to store {}, schema version {}", result.migrationsExecuted,
                    location.describe(), result.targetSchemaVersion);
        }
    }

    public Connection connection() {
        return connection;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public StoreLocation location() {
        return location;
    }

    /** A task for the append thread that may throw SQLException. */
    @FunctionalInterface
    interface SqlTask<T> {
        T run() throws SQLException;
    }

    /**
     * Runs a task on the store's single append thread and waits for it. All appender work runs
     * there, so a bulk load can overlap parsing with appending without two threads ever using the
     * connection at once: the caller does not touch the connection while a batch is in flight.
     */
    <T> T onAppendThread(SqlTask<T> task) throws SQLException {
        return await(submitToAppendThread(task));
    }

    <T> java.util.concurrent.Future<T> submitToAppendThread(SqlTask<T> task) {
        synchronized (this) {
            if (appendThread == null) {
                appendThread = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "idem-append");
                    thread.setDaemon(true);
                    return thread;
                });
            }
        }
        return appendThread.submit(task::run);
    }

    @SuppressWarnings("unchecked")
    static <T> T await(java.util.concurrent.Future<?> future) throws SQLException {
        try {
            return (T) future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the append thread", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(cause);
        }
    }

    /** Starts a bulk load into {@code table}; see {@link BulkWriter}. */
    public BulkWriter bulkWriter(String table, java.util.List<String> columns, java.util.List<ColumnType> types) {
        return BulkWriter.open(this, table, columns, types);
    }

    /**
     * Inserts rows with few statements; with {@code conflictColumns} set, rows whose key exists are
     * skipped. Values are String, Long, Integer, Double, BigDecimal, Boolean, LocalDate, LocalDateTime or null.
     *
     * @return the number of rows inserted
     */
    public long insertRows(String table, java.util.List<String> columns, java.util.List<Object[]> rows, String conflictColumns) {
        return MultiRowInsert.insert(this, table, columns, rows, conflictColumns);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (appendThread != null) {
                appendThread.shutdown();
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing store {} failed: {}", location.describe(), e.getMessage(), e);
        }
    }
}
