package io.idem.identify;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.nio.file.Path;

/**
 * A migrated store for one test: a DuckDB file in a temporary folder, or a fresh PostgreSQL
 * database that is dropped on close.
 */
final class TestStore implements AutoCloseable {

    private final Store store;
    private final PostgresTestDatabase database;

    private TestStore(Store store, PostgresTestDatabase database) {
        this.store = store;
        this.database = database;
    }

    static TestStore open(Engine engine, Path folder) {
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

    Store store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        if (database != null) {
            database.close();
        }
    }
}
