package io.idem.ingest;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.nio.file.Path;

class DuckDbImportIdempotenceTest extends ImportIdempotenceContract {

    @Override
    Store openStore(Path temp) {
        return Store.open(StoreLocation.duckDb(temp.resolve("store").resolve("idem.duckdb")));
    }
}
