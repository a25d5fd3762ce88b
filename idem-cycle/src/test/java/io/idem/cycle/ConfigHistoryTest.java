package io.idem.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The configuration history and applications, on DuckDB and PostgreSQL, from runs inserted by hand. */
class ConfigHistoryTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgresql"})
    void versionsListRunsAndApplications(String engine) throws SQLException {
        PostgresTestDatabase database = engine.equals("postgresql") ? PostgresTestDatabase.create() : null;
        try (Store store = Store.open(database == null ? StoreLocation.duckDb(folder.resolve("idem.duckdb")) : database.location())) {
            ConfigHistory history = new ConfigHistory(store);
            assertThat(history.lastRunId()).isEmpty();

            LocalDateTime day = LocalDateTime.of(2024, 12, 1, 9, 0);
            config(store, "aaa", "1", day);
            config(store, "bbb", "2", day.plusDays(1));
            run(store, "run-1", "aaa", day);
            run(store, "run-2", "aaa", day.plusHours(1));
            run(store, "run-3", "bbb", day.plusDays(1));
            history.recordApplied("bbb", "Dana", "run-3", "plan.json");

            assertThat(history.lastRunId()).contains("run-3");
            assertThat(history.versions()).extracting(ConfigHistory.Version::configHash, ConfigHistory.Version::configVersion,
                            ConfigHistory.Version::firstSeenAt, ConfigHistory.Version::lastAppliedBy, ConfigHistory.Version::timesApplied,
                            ConfigHistory.Version::runIds)
                    .containsExactly(
                            tuple("aaa", "1", day, null, 0, java.util.List.of("run-1", "run-2")),
                            tuple("bbb", "2", day.plusDays(1), "Dana", 1, java.util.List.of("run-3")));
            assertThat(history.versions().get(0).lastAppliedAt()).isNull();
            assertThat(history.versions().get(1).lastAppliedAt()).isNotNull();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void planFileStaleReasons() {
        PlanFile plan = new PlanFile("ws", "a".repeat(64), "1", java.time.LocalDate.of(2024, 12, 31), "run-1");

        assertThat(plan.staleReasons("a".repeat(64), "run-1")).isEmpty();
        assertThat(plan.staleReasons("b".repeat(64), "run-1")).containsExactly(
                "idem.yaml changed since the plan was made (plan configuration aaaaaaaaaaaa, now bbbbbbbbbbbb)");
        assertThat(plan.staleReasons("a".repeat(64), "run-2")).containsExactly(
                "another run happened since the plan was made (last run then run-1, now run-2)");
        assertThat(new PlanFile("ws", "a".repeat(64), "1", java.time.LocalDate.of(2024, 12, 31), null).staleReasons("a".repeat(64), "run-1"))
                .containsExactly("another run happened since the plan was made (last run then none, now run-1)");
    }

    private static void config(Store store, String hash, String version, LocalDateTime firstSeen) throws SQLException {
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO idem_config_version (config_hash, config_version, first_seen_at, content) VALUES (?, ?, ?, 'idem: 1')")) {
            insert.setString(1, hash);
            insert.setString(2, version);
            insert.setTimestamp(3, Timestamp.valueOf(firstSeen));
            insert.executeUpdate();
        }
    }

    private static void run(Store store, String runId, String hash, LocalDateTime started) throws SQLException {
        try (PreparedStatement insert = store.connection().prepareStatement("INSERT INTO idem_run (run_id, workspace_name, as_of, started_at, "
                + "status, config_hash) VALUES (?, 'ws', DATE '2024-12-31', ?, 'succeeded', ?)")) {
            insert.setString(1, runId);
            insert.setTimestamp(2, Timestamp.valueOf(started));
            insert.setString(3, hash);
            insert.executeUpdate();
        }
    }
}
