package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.cli.CliTestSupport.Execution;
import io.idem.demo.DemoSpec;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code idem bench identify} at a small size: it generates the data, runs the identify stage and
 * the hand-written SQL, and finds no mismatch between them on DuckDB or PostgreSQL. A second run
 * reuses the data, and one changed value in Idem's result counts as one mismatch.
 */
class BenchIdentifyCommandTest {

    @TempDir
    Path folder;

    @Test
    void duckDbRunFindsNoMismatch() {
        Execution run = execute("bench", "identify", "--accounts", "400", "--events-per-account", "30", "--work", folder.toString());

        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.output()).contains("compared 20,000 values (50 features of 400 accounts): 0 mismatches");
        assertThat(run.output()).contains("| **identify stage** |");
        assertThat(run.output()).contains("ratio identify stage / hand-written SQL:");
    }

    @Test
    void secondRunReusesData() {
        execute("bench", "identify", "--accounts", "200", "--events-per-account", "10", "--work", folder.toString());

        Execution again = execute("bench", "identify", "--accounts", "200", "--events-per-account", "10", "--work", folder.toString());

        assertThat(again.exitCode()).as(again.transcript()).isZero();
        assertThat(again.output()).contains("| generate data (not timed in the ratio) | reused |");
        assertThat(again.output()).contains("0 mismatches");
    }

    @Test
    void changedIdemValueCountsAsOneMismatch() throws Exception {
        execute("bench", "identify", "--accounts", "200", "--events-per-account", "10", "--work", folder.toString());
        Workspace workspace = WorkspaceLoader.load(folder.resolve("workspace"));
        try (Store store = Store.open(StoreLocation.duckDb(folder.resolve("bench.duckdb")))) {
            AccountFrame frame = new FeatureEngine(Definitions.compile(workspace), store).compute(DemoSpec.DEFAULT_AS_OF);
            HandWrittenFeatures hand = HandWrittenFeatures.compute(store, DemoSpec.DEFAULT_AS_OF);
            assertThat(hand.compare(frame).mismatches()).isZero();

            Object[] users = frame.column("users_ever");
            int row = frame.rowOf("A000007");
            users[row] = ((Double) users[row]) + 1;
            HandWrittenFeatures.Comparison comparison = hand.compare(frame);

            assertThat(comparison.mismatches()).isEqualTo(1);
            assertThat(comparison.mismatchesByFeature()).containsOnlyKeys("users_ever");
            assertThat(comparison.examples()).singleElement().asString().startsWith("users_ever of A000007: hand-written ");
        }
    }

    @Test
    void invalidAccountCountIsRejected() {
        Execution run = execute("bench", "identify", "--accounts", "0", "--work", folder.toString());

        assertThat(run.exitCode()).as(run.transcript()).isNotZero();
        assertThat(run.errors()).contains("invalid --accounts 0: use 1 to 10000000");
    }

    @Test
    void comparisonCountsEachDifferingValue() {
        AccountFrame frame = new AccountFrame(List.of("A1", "A2"));
        frame.put("users", new Object[] {3.0, 5.0});
        frame.put("plan", new Object[] {"Scale", null});

        assertThat(HandWrittenFeatures.same(3L, 3.0)).isTrue();
        assertThat(HandWrittenFeatures.same(new BigDecimal("10.50"), 10.5)).isTrue();
        assertThat(HandWrittenFeatures.same(1.0, 1.0 + 1e-12)).isTrue();
        assertThat(HandWrittenFeatures.same(4L, 5.0)).isFalse();
        assertThat(HandWrittenFeatures.same(null, 0.0)).isFalse();
        assertThat(HandWrittenFeatures.same(0.0, null)).isFalse();
        assertThat(HandWrittenFeatures.same(null, null)).isTrue();
        assertThat(HandWrittenFeatures.same("Scale", "Scale")).isTrue();
        assertThat(HandWrittenFeatures.same("Scale", "Growth")).isFalse();
        assertThat(frame.value("users", frame.rowOf("A2"))).isEqualTo(5.0);
    }

    @Test
    void postgresRunFindsNoMismatch() {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            StoreLocation location = database.location();
            String store = location.jdbcUrl() + (location.jdbcUrl().contains("?") ? "&" : "?") + "user=" + location.user();

            Execution run = execute("bench", "identify", "--accounts", "300", "--events-per-account", "20", "--store", store,
                    "--work", folder.toString());

            assertThat(run.exitCode()).as(run.transcript()).isZero();
            assertThat(run.output()).contains("compared 15,000 values (50 features of 300 accounts): 0 mismatches");
        }
    }
}
