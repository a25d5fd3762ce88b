package io.idem.ingest;

import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the accounts whose rows a load added, changed or deleted, records them in changed_account
 * for incremental runs, and clusters the new table by account. Before a source is loaded, its
 * table is renamed to {@code <table>_before}. After the load, the rows of both versions are
 * grouped by account, or by the account link column mapped to accounts through the linked source.
 * Each group is compared by row count and by the sum of a hash of each row's values. Runs inside
 * the loader's transaction.
 *
 * <p>The comparison leaves out the {@code _line} column, so rows that only moved within the file
 * do not count as changed. NOTE: the hash sum ignores row order, so reordering one account's rows
 * that share a date is missed, although it can change a {@code last} aggregate's tie-break.
 */
final class AccountChanges {

    private static final Logger LOG = LoggerFactory.getLogger(AccountChanges.class);
    private static final String PREVIOUS_SUFFIX = "_before";

    private final Store store;
    private final Workspace workspace;
    private final String runId;

    AccountChanges(Store store, Workspace workspace, String runId) {
        this.store = store;
        this.workspace = workspace;
        this.runId = runId;
    }

    /**
     * Keeps the current table of {@code source} as {@code <table>_before} when its columns still
     * match the definition, so {@link #record} can compare it with the new rows.
     *
     * @return whether a previous version was kept
     */
    boolean keepPrevious(Source source, ImportLedger ledger) throws SQLException {
        if (accountColumn(source).isEmpty()) {
            return false;
        }
        SqlDialect dialect = store.dialect();
        String previous = dialect.quoteIdentifier(source.tableName() + PREVIOUS_SUFFIX);
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + previous);
            if (!ledger.tableExists(source.tableName()) || !ledger.tableMatches(source)) {
                return false;
            }
            statement.execute("ALTER TABLE " + dialect.quoteIdentifier(source.tableName()) + " RENAME TO " + previous);
        }
        return true;
    }

    /**
     * Clusters the newly loaded table by account and date, then records the accounts whose rows
     * differ from the kept previous version, or a null account (any account may have changed)
     * when there was none to compare with. Drops the previous version.
     *
     * @return the number of changed accounts recorded, or -1 when a null account was recorded
     */
    long record(Source source, boolean previousKept) throws SQLException {
        Optional<String> accountColumn = accountColumn(source);
        if (accountColumn.isEmpty()) {
            LOG.debug("Run {}: source {} has no account_id column and no account link; no changed accounts recorded", runId,
                    source.name());
            return 0;
        }
        cluster(source, accountColumn.get());
        if (!previousKept) {
            insertUnknown(source);
            LOG.info("Run {}: source {}: no previous table with the same columns to compare with, so every account may have "
                    + "changed and the next run must be a full run", runId, source.name());
            return -1;
        }
        long changed = insertChanged(source, accountColumn.get());
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("DROP TABLE " + store.dialect().quoteIdentifier(source.tableName() + PREVIOUS_SUFFIX));
        }
        LOG.info("Run {}: source {}: {} account(s) with added, changed or deleted rows", runId, source.name(), changed);
        return changed;
    }

    /** Returns the column that ties a row to an account: account_id, else the account link column. */
    static Optional<String> accountColumn(Source source) {
        if (source.hasAccountId()) {
            return Optional.of("account_id");
        }
        return source.accountLink() == null ? Optional.empty() : Optional.of(source.accountLink().column());
    }

    /** Returns the columns a source's table is sorted or indexed by: its account column, then its date column if any. */
    static List<String> clusterColumns(Source source, String accountColumn) {
        List<String> columns = new ArrayList<>(List.of(accountColumn));
        String date = source.kind().dateColumn();
        if (date != null && source.columns().containsKey(date)) {
            columns.add(date);
        }
        return columns;
    }

    private void cluster(Source source, String accountColumn) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = store.connection().createStatement()) {
            for (String sql : store.dialect().clusterStatements(source.tableName(), clusterColumns(source, accountColumn))) {
                statement.execute(sql);
            }
        }
        LOG.info("Run {}: source {}: table {} clustered by {} in {} ms", runId, source.name(), source.tableName(),
                clusterColumns(source, accountColumn), (System.nanoTime() - started) / 1_000_000);
    }

    private void insertUnknown(Source source) throws SQLException {
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO changed_account (account_id, source_name, import_run_id) VALUES (NULL, ?, ?)")) {
            insert.setString(1, source.name());
            insert.setString(2, runId);
            insert.executeUpdate();
        }
    }

    private long insertChanged(Source source, String accountColumn) throws SQLException {
        SqlDialect dialect = store.dialect();
        String key = dialect.quoteIdentifier(accountColumn);
        String differences = "SELECT COALESCE(n.k, o.k) AS k FROM (" + fingerprints(source, source.tableName(), key) + ") n FULL OUTER JOIN ("
                + fingerprints(source, source.tableName() + PREVIOUS_SUFFIX, key) + ") o ON n.k = o.k"
                + " WHERE n.k IS NULL OR o.k IS NULL OR n.c <> o.c OR n.h <> o.h";
        String accounts;
        if (source.hasAccountId()) {
            accounts = "SELECT CAST(d.k AS VARCHAR(200)) FROM (" + differences + ") d";
        } else {
            // A link value whose linked row was deleted maps to no account here. Deleting that row
            // changed the linked source, so the linked source's own comparison records the account.
            Source linked = workspace.sources().get(source.accountLink().source());
            accounts = "SELECT DISTINCT CAST(l." + dialect.quoteIdentifier("account_id") + " AS VARCHAR(200)) FROM (" + differences
                    + ") d JOIN " + dialect.quoteIdentifier(linked.tableName()) + " l ON l." + key + " = d.k WHERE l."
                    + dialect.quoteIdentifier("account_id") + " IS NOT NULL";
        }
        String sql = "INSERT INTO changed_account (account_id, source_name, import_run_id) SELECT a.*, CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(64)) FROM (" + accounts + ") a";
        LOG.debug("Run {}: changed accounts of source {}:\n{}", runId, source.name(), sql);
        try (PreparedStatement insert = store.connection().prepareStatement(sql)) {
            insert.setString(1, source.name());
            insert.setString(2, runId);
            return insert.executeUpdate();
        }
    }

    /** Returns a query of one row per account key of {@code table}: the key, the row count and the sum of row hashes. */
    private String fingerprints(Source source, String table, String key) {
        SqlDialect dialect = store.dialect();
        List<String> columns = source.columns().keySet().stream().map(dialect::quoteIdentifier).toList();
        return "SELECT r.k, COUNT(*) AS c, SUM(r.h) AS h FROM (SELECT " + key + " AS k, " + dialect.rowHash(columns) + " AS h FROM "
                + dialect.quoteIdentifier(table) + " WHERE " + key + " IS NOT NULL) r GROUP BY r.k";
    }
}
