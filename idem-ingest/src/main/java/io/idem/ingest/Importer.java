package io.idem.ingest;

import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.AccountLink;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the CSV files of a workspace's sources into the store.
 *
 * <p>First every file is checked: it must exist, be readable, decode and have the declared
 * headers. Any problem stops the import before anything is written. Then each source is loaded in its own
 * transaction: its table is replaced, rows that cannot be loaded go to quarantine_row, and
 * import_file records the file's SHA-256 and counts, and changed_account the accounts whose rows
 * the load added, changed or deleted ({@link AccountChanges}). A source whose file, definition and linked
 * source are unchanged since the last import is skipped. Sources with an account link are loaded
 * after the source they link to, so that links can be checked against it.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private Importer() {
    }

    /** Imports without progress callbacks; see {@link #importAll(Workspace, Path, Store, String, ImportListener)}. */
    public static ImportSummary importAll(Workspace workspace, Path dataDirectory, Store store, String runId) {
        return importAll(workspace, dataDirectory, store, runId, ImportListener.NONE);
    }

    /**
     * Imports every source of the workspace.
     *
     * @param dataDirectory the folder that source files are relative to, or null for the workspace's {@code data}
     * @throws ImportException listing every problem found by the checks before loading, or the problem
     *                         that stopped a load. Sources loaded before that stay loaded
     */
    public static ImportSummary importAll(Workspace workspace, Path dataDirectory, Store store, String runId,
                                          ImportListener listener) {
        Objects.requireNonNull(workspace, "workspace is null");
        Objects.requireNonNull(store, "store is null");
        Objects.requireNonNull(runId, "runId is null");
        Objects.requireNonNull(listener, "listener is null");
        long started = System.nanoTime();
        Path data = dataDirectory != null ? dataDirectory : workspace.dataDirectory();

        List<SourcePlan> plans = check(workspace, data, store, runId);
        LOG.info("Run {}: importing {} source(s) from {}", runId, plans.size(), data);
        Importer.Run run = new Importer.Run(workspace, store, runId, listener);
        List<FileImport> files = new ArrayList<>();
        for (SourcePlan plan : plans) {
            files.add(run.importSource(plan));
        }

        ImportSummary summary = new ImportSummary(runId, files, Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Run {}: import finished in {} ms: {} rows read, {} loaded, {} quarantined", runId, summary.elapsed().toMillis(),
                summary.rowsRead(), summary.rowsLoaded(), summary.rowsQuarantined());
        return summary;
    }

    private static List<SourcePlan> check(Workspace workspace, Path data, Store store, String runId) {
        List<ImportProblem> problems = new ArrayList<>();
        SourceFileChecker checker = new SourceFileChecker(store.dialect(), data, problems);
        List<SourcePlan> plans = new ArrayList<>();
        for (Source source : ImportOrder.of(workspace)) {
            checker.check(source).ifPresent(plans::add);
        }
        if (!problems.isEmpty()) {
            ImportException failure = new ImportException(problems);
            LOG.error("Run {}: nothing imported: {}", runId, failure.getMessage());
            throw failure;
        }
        return plans;
    }

    /** The state of one import: which sources were reloaded, so that sources linking to them reload too. */
    private static final class Run {
        private final Workspace workspace;
        private final Store store;
        private final String runId;
        private final ImportListener listener;
        private final ImportLedger ledger;
        private final Set<String> reloaded = new HashSet<>();

        Run(Workspace workspace, Store store, String runId, ImportListener listener) {
            this.workspace = workspace;
            this.store = store;
            this.runId = runId;
            this.listener = listener;
            this.ledger = new ImportLedger(store);
        }

        FileImport importSource(SourcePlan plan) {
            long started = System.nanoTime();
            Source source = plan.source();
            FileImport result;
            try {
                Optional<String> reason = reloadReason(plan);
                if (reason.isEmpty()) {
                    result = skipped(plan, started);
                } else {
                    LOG.info("Run {}: source {}: loading {} ({})", runId, source.name(), plan.file(), reason.get());
                    result = load(plan, started);
                    reloaded.add(source.name());
                }
                result = result.withWarnings(new SubscriptionWindowCheck(store, runId).check(workspace, source));
            } catch (SQLException | StoreException e) {
                throw failure(plan, "the store failed: " + e.getMessage(), "check the store's connection and free space", e);
            }
            log(result);
            listener.fileFinished(result);
            return result;
        }

        /** Returns why the source must be loaded, or empty when its import is up to date. */
        private Optional<String> reloadReason(SourcePlan plan) throws SQLException {
            Source source = plan.source();
            AccountLink link = source.accountLink();
            if (link != null && reloaded.contains(link.source())) {
                return Optional.of("linked source " + link.source() + " was reloaded");
            }
            Optional<ImportLedger.Entry> previous = ledger.entry(source.name());
            if (previous.isEmpty()) {
                return Optional.of("first import");
            }
            if (!previous.get().contentHash().equals(plan.contentHash())) {
                return Optional.of("file changed");
            }
            if (!ledger.tableExists(source.tableName())) {
                return Optional.of("table " + source.tableName() + " is missing");
            }
            // NOTE: only column names and types are compared. A change of a column's 'from', of
            // 'required' or of 'key' alone keeps the old table until the file changes.
            if (!ledger.tableMatches(source)) {
                return Optional.of("columns of the source changed");
            }
            return Optional.empty();
        }

        private FileImport skipped(SourcePlan plan, long started) throws SQLException {
            ImportLedger.Entry entry = ledger.entry(plan.name()).orElseThrow();
            return new FileImport(plan.name(), plan.file(), plan.contentHash(), entry.rowsRead(), entry.rowsLoaded(),
                    entry.rowsQuarantined(), true, List.of(), Duration.ofNanos(System.nanoTime() - started));
        }

        private FileImport load(SourcePlan plan, long started) throws SQLException {
            Source source = plan.source();
            listener.fileStarted(source.name(), plan.file(), plan.sizeBytes());
            Connection connection = store.connection();
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Set<String> linkedKeys = source.accountLink() == null ? null : linkedKeys(source.accountLink());
                AccountChanges changes = new AccountChanges(store, workspace, runId);
                boolean previousKept = changes.keepPrevious(source, ledger);
                SourceLoader.Result loaded = new SourceLoader(store, runId, listener).load(plan, linkedKeys);
                changes.record(source, previousKept);
                ledger.record(new ImportLedger.Entry(source.name(), source.file(), plan.contentHash(), loaded.rowsRead(),
                        loaded.rowsLoaded(), loaded.rowsQuarantined(), LocalDateTime.now(ZoneOffset.UTC), runId));
                connection.commit();
                return new FileImport(source.name(), plan.file(), plan.contentHash(), loaded.rowsRead(), loaded.rowsLoaded(),
                        loaded.rowsQuarantined(), false, loaded.warnings(), Duration.ofNanos(System.nanoTime() - started));
            } catch (IOException e) {
                rollback(connection, plan, e);
                throw failure(plan, "cannot read the file: " + e.getMessage(), "check the file and run the import again", e);
            } catch (SQLException | RuntimeException e) {
                rollback(connection, plan, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }

        private Set<String> linkedKeys(AccountLink link) throws SQLException {
            Source target = workspace.sources().get(link.source());
            var dialect = store.dialect();
            String sql = "SELECT DISTINCT " + dialect.quoteIdentifier(target.key().get(0)) + " FROM "
                    + dialect.quoteIdentifier(target.tableName());
            Set<String> keys = new HashSet<>();
            try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        }

        private void rollback(Connection connection, SourcePlan plan, Exception cause) {
            LOG.error("Run {}: source {}: loading {} failed, rolling back: {}", runId, plan.name(), plan.file(), cause.getMessage(), cause);
            try {
                connection.rollback();
            } catch (SQLException e) {
                LOG.error("Run {}: source {}: rollback failed: {}", runId, plan.name(), e.getMessage(), e);
                cause.addSuppressed(e);
            }
        }

        private ImportException failure(SourcePlan plan, String message, String fix, Exception cause) {
            return new ImportException(List.of(ImportProblem.ofFile(plan.name(), plan.file(), message, fix)), cause);
        }

        private void log(FileImport result) {
            if (result.skipped()) {
                LOG.info("Run {}: source {}: {} unchanged, skipped ({} rows loaded, {} quarantined by the last import)",
                        runId, result.sourceName(), result.file(), result.rowsLoaded(), result.rowsQuarantined());
            } else {
                LOG.info("Run {}: source {}: {}: {} rows read, {} loaded, {} quarantined in {} ms", runId, result.sourceName(),
                        result.file(), result.rowsRead(), result.rowsLoaded(), result.rowsQuarantined(), result.elapsed().toMillis());
            }
            for (RuleWarning warning : result.warnings()) {
                LOG.warn("Run {}: source {}: rule {}: {}", runId, result.sourceName(), warning.rule().code(), warning.message());
            }
        }
    }
}
