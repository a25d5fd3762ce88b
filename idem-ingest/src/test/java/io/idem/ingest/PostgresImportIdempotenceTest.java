package io.idem.ingest;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import java.nio.file.Path;

/** Needs PostgreSQL on 127.0.0.1:5432 (or -Didem.test.postgres); each test gets a fresh database. */
class PostgresImportIdempotenceTest extends ImportIdempotenceContract {

    private PostgresTestDatabase database;

    @Override
    Store openStore(Path temp) {
        database = PostgresTestDatabase.create();
        return Store.open(database.location());
    }

    @Override
    void dropStore() {
        database.close();
    }
}
