package io.idem.experiment;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.nio.file.Path;

/** A fresh store on one engine for one test: a DuckDB file in a temporary folder, or a new PostgreSQL database. */
public final class TestStore implements AutoCloseable {

    /** Engines the store tests run on. */
    public enum Engine { DUCKDB, POSTGRESQL }

    private final Store store;
    private final PostgresTestDatabase database;

    private TestStore(Store store, PostgresTestDatabase database) {
        this.store = store;
        this.database = database;
    }

    public static TestStore open(Engine engine, Path folder) {
        return switch (engine) {
            case DUCKDB -> new TestStore(Store.open(StoreLocation.duckDb(folder.resolve("idem.duckdb"))), null);
            case POSTGRESQL -> {
                PostgresTestDatabase database = PostgresTestDatabase.create();
                yield new TestStore(Store.open(database.location()), database);
            }
        };
    }

    public Store store() {
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
