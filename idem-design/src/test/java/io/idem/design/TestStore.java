package io.idem.design;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A migrated store for one test: a DuckDB file in a temporary folder, or a fresh PostgreSQL
 * database that is dropped on close.
 */
public final class TestStore implements AutoCloseable {

    private final Store store;
    private final PostgresTestDatabase database;

    private TestStore(Store store, PostgresTestDatabase database) {
        this.store = store;
        this.database = database;
    }

    public static TestStore open(Engine engine, Path folder) {
        return switch (engine) {
            case DUCKDB -> new TestStore(Store.open(StoreLocation.duckDb(folder.resolve("idem.duckdb"))), null);
            case POSTGRESQL -> openPostgres();
        };
    }

    private static TestStore openPostgres() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            return new TestStore(Store.open(database.location()), database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Store store() {
        return store;
    }

    /** Returns the number of rows of a state table. */
    public long count(String table) throws SQLException {
        try (PreparedStatement statement = store.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        store.close();
        if (database != null) {
            database.close();
        }
    }
}
