package io.idem.cli;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that name the store of a workspace, shared by the commands that work on stored state. */
final class StoreOptions {

    @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder (default: the current folder).")
    Path workspace;

    @Option(names = "--store", description = "Store: 'duckdb' (default, <workspace>/.idem/idem.duckdb) or 'postgresql://user@host:5432/database'.")
    String store;

    Store open() {
        return Store.open(StoreLocation.parse(store, workspace));
    }
}
