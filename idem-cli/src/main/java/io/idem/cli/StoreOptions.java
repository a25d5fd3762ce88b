package io.idem.cli;

import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.store.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that name the store of a workspace, shared by the commands that work on stored state. */
final class StoreOptions {

    @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder (default: the current folder).")
    Path workspace;

    @Option(names = "--store", description = "Store: 'duckdb' (default, <workspace>/.idem/idem.duckdb) or 'postgresql://user@host:5432/database'.")
    String store;

    /**
     * Opens the workspace's existing store. Rejects a folder without idem.yaml and, for the default
     * DuckDB store, a workspace that has no store yet, so a mistyped --workspace never creates an
     * empty store somewhere.
     */
    Store open() {
        if (!java.nio.file.Files.isRegularFile(workspace.resolve(io.idem.workspace.WorkspaceLoader.CONFIG_FILE))) {
            throw new StoreException("no " + io.idem.workspace.WorkspaceLoader.CONFIG_FILE + " in " + workspace.toAbsolutePath().normalize()
                    + "; pass --workspace with the folder of your workspace");
        }
        StoreLocation location = StoreLocation.parse(store, workspace);
        if (location.kind() == StoreLocation.Kind.DUCKDB && !java.nio.file.Files.exists(location.duckDbFile())) {
            throw new StoreException("workspace " + workspace.toAbsolutePath().normalize() + " has no store yet ("
                    + location.duckDbFile() + "); run 'idem run --workspace " + workspace + "' first");
        }
        return Store.open(location);
    }

    /** Returns the as-of date of the last successful run, the day the stored data describes; today when there is none. */
    static java.time.LocalDate lastRunDay(Store store) {
        try (var statement = store.connection().prepareStatement(
                "SELECT as_of FROM idem_run WHERE status = 'succeeded' ORDER BY started_at DESC LIMIT 1");
             var rows = statement.executeQuery()) {
            return rows.next() ? rows.getObject(1, java.time.LocalDate.class) : java.time.LocalDate.now();
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot read the last run: " + e.getMessage(), e);
        }
    }
}
