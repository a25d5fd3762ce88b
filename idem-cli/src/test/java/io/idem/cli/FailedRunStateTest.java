package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.defaultStore;
import static io.idem.cli.CliTestSupport.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.cli.CliTestSupport.Execution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs RavenStack once, then makes a later run fail: a missing data file, a header without a
 * declared column, or an output folder that cannot be written. The store must keep the first run's
 * state, and the command must exit with 2 and a message naming the file and the fix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailedRunStateTest {

    private static final String AS_OF = "2024-12-31";
    private static final String TICKETS = "ravenstack_support_tickets.csv";

    /** Tables a failed run must leave exactly as they were: all state but the run ledger. */
    private static final List<String> KEPT_TABLES = Stream.concat(StoreSnapshot.STATE_TABLES.stream().filter(t -> !t.equals("idem_run")),
            Stream.of("src_accounts", "src_subscriptions", "src_usage", "src_tickets", "src_churn_events")).toList();

    @TempDir
    static Path temp;

    private Path workspace;
    private StoreSnapshot afterFirstRun;

    @BeforeAll
    void runOnce() throws IOException, SQLException {
        workspace = copyRavenStackWorkspace(temp.resolve("workspace"));

        Execution first = run(RavenStackCsv.folder(), AS_OF, temp.resolve("first"));

        assertThat(first.exitCode()).as(first.transcript()).isZero();
        afterFirstRun = StoreSnapshot.read(defaultStore(workspace));
        for (String table : StoreSnapshot.RUN_STATE_TABLES) {
            assertThat(afterFirstRun.table(table)).as("rows of %s after the first run", table).isNotEmpty();
        }
    }

    @Test
    @Order(1)
    void missingDataFileKeepsState() throws IOException, SQLException {
        Path data = copyData("missing-file");
        Files.delete(data.resolve(TICKETS));

        Execution failed = run(data, AS_OF, temp.resolve("out-missing"));

        assertThat(failed.exitCode()).as(failed.transcript()).isEqualTo(2);
        assertThat(failed.errors()).as(failed.transcript())
                .contains(data.resolve(TICKETS).toString())
                .contains("source tickets: file not found")
                .contains("Fix: the data folder is");
        assertStateKept("a missing data file");
    }

    @Test
    @Order(2)
    void missingHeaderColumnKeepsState() throws IOException, SQLException {
        Path data = copyData("missing-column");
        Path tickets = data.resolve(TICKETS);
        List<String> lines = new ArrayList<>(Files.readAllLines(tickets));
        assertThat(lines.get(0)).contains(",satisfaction_score,");
        lines.set(0, lines.get(0).replace(",satisfaction_score,", ",csat,"));
        Files.write(tickets, lines);

        Execution failed = run(data, AS_OF, temp.resolve("out-header"));

        assertThat(failed.exitCode()).as(failed.transcript()).isEqualTo(2);
        assertThat(failed.errors()).as(failed.transcript())
                .contains(tickets + ":1: source tickets: column 'satisfaction'")
                .contains("the header has no column 'satisfaction_score'")
                .contains("Fix: ");
        assertStateKept("a header without a declared column");
    }

    @Test
    @Order(3)
    void failureInsideRunRollsBack() throws IOException, SQLException {
        String laterAsOf = "2025-02-28";
        Path notAFolder = Files.writeString(temp.resolve("out-is-a-file"), "not a folder");

        Execution failed = run(RavenStackCsv.folder(), laterAsOf, notAFolder);

        assertThat(failed.exitCode()).as(failed.transcript()).isEqualTo(2);
        assertThat(failed.errors()).as(failed.transcript())
                .contains("cannot write " + notAFolder)
                .contains("check that the output folder is writable");
        assertStateKept("an output folder that cannot be written");
        Map<String, String> laterRuns = new TreeMap<>(newRuns(StoreSnapshot.read(defaultStore(workspace))));
        laterRuns.keySet().removeIf(runId -> !runId.startsWith("run-" + laterAsOf));
        assertThat(laterRuns.values()).containsExactly("failed");

        // The same run with a writable output folder changes the state, so the check above had changes to roll back.
        Execution succeeded = run(RavenStackCsv.folder(), laterAsOf, temp.resolve("out-later"));
        assertThat(succeeded.exitCode()).as(succeeded.transcript()).isZero();
        StoreSnapshot after = StoreSnapshot.read(defaultStore(workspace));
        assertThat(after.only(StoreSnapshot.RUN_STATE_TABLES)).isNotEqualTo(afterFirstRun.only(StoreSnapshot.RUN_STATE_TABLES));
    }

    @Test
    @Order(4)
    void importFailureRecordedAsFailed() throws IOException, SQLException {
        Path data = copyData("missing-file-ledger");
        Files.delete(data.resolve(TICKETS));
        Map<String, String> before = newRuns(StoreSnapshot.read(defaultStore(workspace)));

        Execution failed = run(data, AS_OF, temp.resolve("out-ledger"));

        assertThat(failed.exitCode()).as(failed.transcript()).isEqualTo(2);
        Map<String, String> added = new TreeMap<>(newRuns(StoreSnapshot.read(defaultStore(workspace))));
        added.keySet().removeAll(before.keySet());
        assertThat(added).hasSize(1);
        assertThat(added.values()).containsExactly("failed");
    }

    private void assertStateKept(String failure) throws SQLException {
        StoreSnapshot now = StoreSnapshot.read(defaultStore(workspace));
        for (String table : KEPT_TABLES) {
            assertThat(now.table(table)).as("table %s after %s", table, failure).isEqualTo(afterFirstRun.table(table));
        }
        assertThat(now.table("idem_run")).as("runs recorded before %s", failure).containsAll(afterFirstRun.table("idem_run"));
        assertThat(newRuns(now).values()).as("runs after %s", failure).doesNotContain("succeeded");
    }

    /** Returns the statuses of the runs recorded after the first one. */
    private Map<String, String> newRuns(StoreSnapshot snapshot) {
        Map<String, String> runs = new TreeMap<>(snapshot.runStatuses());
        runs.keySet().removeAll(afterFirstRun.runStatuses().keySet());
        return runs;
    }

    private Path copyData(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("data-" + name));
        try (Stream<Path> files = Files.list(RavenStackCsv.folder())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    private Execution run(Path data, String asOf, Path out) {
        return execute("run", "--workspace", workspace.toString(), "--data", data.toString(), "--as-of", asOf, "--out", out.toString());
    }
}
