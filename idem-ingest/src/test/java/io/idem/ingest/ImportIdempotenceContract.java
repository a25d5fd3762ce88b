package io.idem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.store.Store;
import io.idem.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-import behaviour, run on every store engine by a subclass. Unchanged files are skipped and
 * change nothing. A changed file replaces its source's rows and quarantine in one transaction.
 */
abstract class ImportIdempotenceContract {

    private static final String SOURCES = """
              accounts:
                kind: accounts
                file: accounts.csv
                key: [account_id]
                columns:
                  account_id: {type: string, required: true}
                  seats: integer
                  trial: {from: is_trial, type: boolean}
              subscriptions:
                kind: subscriptions
                file: subscriptions.csv
                key: [subscription_id]
                columns:
                  subscription_id: {type: string, required: true}
                  account_id: {type: string, required: true}
                  start_date: {type: date, required: true}
                  end_date: date
                  mrr: {type: money, required: true}
                  closed_at: timestamp
                  score: number
              usage:
                kind: usage
                file: usage.csv
                account_link: {source: subscriptions, column: subscription_id}
                columns:
                  subscription_id: {type: string, required: true}
                  event_date: {type: date, required: true}
                  count: integer
            """;
    private static final List<String> TABLES = List.of("src_accounts", "src_subscriptions", "src_usage", "quarantine_row", "import_file");

    @TempDir
    Path temp;
    TestWorkspace files;
    Store store;

    /** Opens an empty store of the engine under test. */
    abstract Store openStore(Path temp);

    /** Releases whatever {@link #openStore} created, after the store is closed. */
    void dropStore() {
    }

    @BeforeEach
    void setUp() throws IOException {
        files = new TestWorkspace(temp);
        store = openStore(temp);
        files.csv("accounts.csv", "account_id,seats,is_trial\nA-1,5,True\nA-2,x,False\nA-1,7,False\n");
        files.csv("subscriptions.csv", """
                subscription_id,account_id,start_date,end_date,mrr,closed_at,score
                S-1,A-1,2024-01-01,,"$1,200.50",2024-03-01 10:15:00,4.0
                S-2,A-2,2024-02-01,2024-05-31,99.9999,,
                S-3,A-2,not a date,,1,,
                """);
        files.csv("usage.csv", "subscription_id,event_date,count\nS-1,2023-12-01,3\nS-2,2024-06-15,1\nS-4,2024-03-01,2\n");
    }

    @AfterEach
    void tearDown() {
        store.close();
        dropStore();
    }

    private Map<String, List<String>> contents() throws SQLException {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String table : TABLES) {
            contents.put(table, StoreRows.dump(store, table));
        }
        return contents;
    }

    @Test
    void importingTwiceChangesNothing() throws IOException, SQLException {
        Workspace workspace = files.workspace(SOURCES);

        ImportSummary first = Importer.importAll(workspace, files.data(), store, "run-1");
        Map<String, List<String>> afterFirst = contents();
        ImportSummary second = Importer.importAll(workspace, files.data(), store, "run-2");

        assertThat(contents()).isEqualTo(afterFirst);
        assertThat(first.files()).extracting(FileImport::rowsRead, FileImport::rowsLoaded, FileImport::rowsQuarantined)
                .containsExactly(tuple(3L, 1L, 2L), tuple(3L, 2L, 1L), tuple(3L, 2L, 1L));
        assertThat(second.files()).extracting(FileImport::rowsRead, FileImport::rowsLoaded, FileImport::rowsQuarantined)
                .isEqualTo(first.files().stream().map(f -> tuple(f.rowsRead(), f.rowsLoaded(),
                        f.rowsQuarantined())).toList());
        assertThat(first.files()).noneMatch(FileImport::skipped);
        assertThat(second.files()).allMatch(FileImport::skipped);
        assertThat(second.files()).extracting(FileImport::contentHash).isEqualTo(first.files().stream().map(FileImport::contentHash).toList());
        assertThat(second.file("usage").orElseThrow().warnings()).containsExactly(
                new RuleWarning(ImportRule.USAGE_BEFORE_SUBSCRIPTION_START, "event_date", 1),
                new RuleWarning(ImportRule.USAGE_AFTER_SUBSCRIPTION_END, "event_date", 1));
        assertThat(afterFirst.get("quarantine_row")).hasSize(4);
        assertThat(afterFirst.get("import_file")).hasSize(3).allSatisfy(row -> assertThat(row).contains("run-1"));
    }

    @Test
    void storesTypedValues() throws IOException, SQLException {
        Workspace workspace = files.workspace(SOURCES);

        Importer.importAll(workspace, files.data(), store, "run-1");

        List<List<Object>> rows = StoreRows.query(store,
                "SELECT subscription_id, start_date, end_date, mrr, closed_at, score, _line FROM src_subscriptions ORDER BY _line");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("S-1", java.time.LocalDate.of(2024, 1, 1), null, new java.math.BigDecimal("1200.5000"),
                java.time.LocalDateTime.of(2024, 3, 1, 10, 15), 4.0, 2L);
        assertThat(rows.get(1).get(3)).isEqualTo(new java.math.BigDecimal("99.9999"));
        assertThat(StoreRows.query(store, "SELECT account_id, seats, trial FROM src_accounts"))
                .containsExactly(List.of("A-1", 5L, true));
    }

    @Test
    void changedFileReplacesItsRowsAndQuarantine() throws IOException, SQLException {
        Workspace workspace = files.workspace(SOURCES);
        Importer.importAll(workspace, files.data(), store, "run-1");
        Map<String, List<String>> before = contents();

        files.csv("accounts.csv", "account_id,seats,is_trial\nA-1,6,yes\nA-2,2,no\nA-3,,\n");
        ImportSummary second = Importer.importAll(workspace, files.data(), store, "run-2");

        assertThat(second.files()).extracting(FileImport::sourceName, FileImport::skipped).containsExactly(
                tuple("accounts", false),
                tuple("subscriptions", true),
                tuple("usage", true));
        assertThat(StoreRows.query(store, "SELECT account_id, seats, trial FROM src_accounts ORDER BY account_id"))
                .containsExactly(List.of("A-1", 6L, true), List.of("A-2", 2L, false), java.util.Arrays.asList("A-3", null, null));
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM quarantine_row WHERE source_name = 'accounts'")).isZero();
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM quarantine_row WHERE source_name <> 'accounts'")).isEqualTo(2);
        assertThat(contents().get("src_subscriptions")).isEqualTo(before.get("src_subscriptions"));
        assertThat(StoreRows.query(store, "SELECT rows_read, rows_loaded, rows_quarantined, run_id FROM import_file "
                + "WHERE source_name = 'accounts'")).containsExactly(List.of(3L, 3L, 0L, "run-2"));
    }

    @Test
    void changedLinkedSourceReloadsSourcesLinkingToIt() throws IOException, SQLException {
        Workspace workspace = files.workspace(SOURCES);
        Importer.importAll(workspace, files.data(), store, "run-1");

        files.csv("subscriptions.csv", """
                subscription_id,account_id,start_date,end_date,mrr,closed_at,score
                S-1,A-1,2024-01-01,,1,,
                S-2,A-2,2024-02-01,2024-05-31,1,,
                S-4,A-2,2024-02-01,,1,,
                """);
        ImportSummary second = Importer.importAll(workspace, files.data(), store, "run-2");

        assertThat(second.files()).extracting(FileImport::sourceName, FileImport::skipped).containsExactly(
                tuple("accounts", true),
                tuple("subscriptions", false),
                tuple("usage", false));
        assertThat(second.file("usage").orElseThrow().rowsLoaded()).isEqualTo(3);
        assertThat(StoreRows.count(store, "SELECT COUNT(*) FROM quarantine_row WHERE source_name = 'usage'")).isZero();
    }

    @Test
    void changedColumnDefinitionReloadsUnchangedFile() throws IOException, SQLException {
        Importer.importAll(files.workspace(SOURCES), files.data(), store, "run-1");

        Workspace changed = files.workspace(SOURCES.replace("seats: integer", "seats: string"));
        ImportSummary second = Importer.importAll(changed, files.data(), store, "run-2");

        assertThat(second.file("accounts").orElseThrow().skipped()).isFalse();
        assertThat(second.file("accounts").orElseThrow().rowsLoaded()).isEqualTo(2);
        assertThat(StoreRows.query(store, "SELECT seats FROM src_accounts ORDER BY seats")).containsExactly(List.of("5"), List.of("x"));
    }

    @Test
    void failedReloadKeepsPreviousImport() throws IOException, SQLException {
        Workspace workspace = files.workspace(SOURCES);
        Importer.importAll(workspace, files.data(), store, "run-1");
        Map<String, List<String>> before = contents();
        files.csv("accounts.csv", "account_id,seats,is_trial\nA-9,1,true\n");
        ImportListener failing = new ImportListener() {
            @Override
            public void bytesRead(String sourceName, Path file, long bytesRead, long totalBytes) {
                throw new IllegalStateException("progress display failed");
            }
        };

        assertThatThrownBy(() -> Importer.importAll(workspace, files.data(), store, "run-2", failing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("progress display failed");

        assertThat(contents()).isEqualTo(before);
        assertThat(store.connection().getAutoCommit()).isTrue();
    }

    @Test
    void reportsProgressUpToFileSize() throws IOException {
        Workspace workspace = files.workspace(SOURCES);
        Map<String, long[]> progress = new LinkedHashMap<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void fileStarted(String sourceName, Path file, long totalBytes) {
                progress.put(sourceName, new long[] {0, totalBytes});
            }

            @Override
            public void bytesRead(String sourceName, Path file, long bytesRead, long totalBytes) {
                progress.get(sourceName)[0] = bytesRead;
            }
        };

        Importer.importAll(workspace, files.data(), store, "run-1", listener);

        assertThat(progress).containsOnlyKeys("accounts", "subscriptions", "usage");
        assertThat(progress.values()).allSatisfy(p -> assertThat(p[0]).isEqualTo(p[1]).isPositive());
        assertThat(progress.get("usage")[1]).isEqualTo(java.nio.file.Files.size(files.data().resolve("usage.csv")));
    }
}
