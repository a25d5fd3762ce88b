package io.idem.identify;

import static io.idem.identify.TriggerFixture.DATES;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Trigger states, firings and segment memberships written to and read back from DuckDB and
 * PostgreSQL, with the runs of {@link TriggerFixture} and each run's state loaded from the store.
 */
class IdentifyStateTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storedTriggerStateGivesHandTable(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());

            for (int run = 0; run < DATES.size(); run++) {
                TriggerEngine.Evaluation evaluation = TriggerEngine.evaluate(definitions, TriggerFixture.frame(run), DATES.get(run),
                        state.loadTriggerStates());
                state.saveTriggers(evaluation, DATES.get(run), "run-" + run);
            }

            Map<String, Map<String, List<LocalDate>>> firings = firings(test.store());
            TriggerFixture.expectedFirings().forEach((trigger, accounts) ->
                    assertThat(firings.get(trigger)).as("firings of %s", trigger).isEqualTo(new TreeMap<>(accounts)));
            assertThat(runOfFiring(test.store(), "rises_cooled", "a", DATES.get(6))).isEqualTo("run-6");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void triggerStatesRoundTrip(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());
            TriggerEngine.Evaluation first = TriggerEngine.evaluate(definitions, TriggerFixture.frame(0), DATES.get(0), Map.of());
            TriggerEngine.Evaluation second = TriggerEngine.evaluate(definitions, TriggerFixture.frame(8), DATES.get(8), first.states());
            // States with and without a last firing, active and not.
            assertThat(first.states().get("falls").get("b")).isEqualTo(new TriggerState(true, DATES.get(0), null));
            assertThat(second.states().get("rises").get("b")).isEqualTo(new TriggerState(false, DATES.get(8), DATES.get(0)));

            state.saveTriggers(first, DATES.get(0), "run-0");
            assertThat(state.loadTriggerStates()).isEqualTo(first.states());
            state.saveTriggers(second, DATES.get(8), "run-8");

            assertThat(state.loadTriggerStates()).isEqualTo(second.states());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void repeatedSaveAddsNoFirings(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());
            TriggerEngine.Evaluation evaluation = TriggerEngine.evaluate(definitions, TriggerFixture.frame(0), DATES.get(0), Map.of());

            state.saveTriggers(evaluation, DATES.get(0), "run-0");
            state.saveTriggers(evaluation, DATES.get(0), "run-0-again");

            // On 01-01 only b satisfies the condition: rises, high, rises_cooled and high_cooled fire for it.
            assertThat(count(test.store(), "trigger_firing")).isEqualTo(4);
            assertThat(count(test.store(), "trigger_state")).isEqualTo(5);
            assertThat(runOfFiring(test.store(), "rises", "b", DATES.get(0))).isEqualTo("run-0");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void unchangedRunWritesNoStates(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());
            for (int run = 0; run <= 6; run++) {
                saveRun(definitions, state, TriggerFixture.frame(run), DATES.get(run), "run-" + run);
            }
            Map<String, String> before = rowVersions(engine, test.store());

            // The same data and date again: no condition changes, and every firing is inside its cooldown or already recorded.
            saveRun(definitions, state, TriggerFixture.frame(6), DATES.get(6), "run-6-again");

            assertThat(before).hasSize(10);
            assertThat(rowVersions(engine, test.store())).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void changedRunRewritesOnlyChangedStates(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());
            for (int run = 0; run <= 6; run++) {
                saveRun(definitions, state, TriggerFixture.frame(run), DATES.get(run), "run-" + run);
            }
            Map<String, String> before = rowVersions(engine, test.store());

            // 01-12 to 01-13: a and b stay true. Only high (while_true, no cooldown) fires again, for both;
            // high_cooled is cooling for a (fired 01-12) and b (fired 01-08), so its states stay.
            saveRun(definitions, state, TriggerFixture.frame(7), DATES.get(7), "run-7");

            Map<String, String> after = rowVersions(engine, test.store());
            assertThat(after.keySet()).isEqualTo(before.keySet());
            List<String> rewritten = after.keySet().stream().filter(key -> !after.get(key).equals(before.get(key))).sorted().toList();
            assertThat(rewritten).containsExactly("high a", "high b");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void savedStatesMatchHandTableAfterRuns(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());
            Map<String, Map<String, TriggerState>> inMemory = Map.of();

            for (int run = 0; run < DATES.size(); run++) {
                // Run 4 leaves account b out of the data, which deletes its states; run 5 starts b again from nothing.
                AccountFrame frame = run == 4 ? frameWithout(TriggerFixture.frame(4), "b") : TriggerFixture.frame(run);
                inMemory = TriggerEngine.evaluate(definitions, frame, DATES.get(run), inMemory).states();
                // Odd runs use the overload that reads the stored states itself.
                if (run % 2 == 0) {
                    saveRun(definitions, state, frame, DATES.get(run), "run-" + run);
                } else {
                    TriggerEngine.Evaluation evaluation = TriggerEngine.evaluate(definitions, frame, DATES.get(run), state.loadTriggerStates());
                    state.saveTriggers(evaluation, DATES.get(run), "run-" + run);
                }

                assertThat(state.loadTriggerStates()).as("stored states after run %d", run).isEqualTo(withoutEmpty(inMemory));
            }

            // Worked out by hand from the signals: on 01-20 a and b turn false. b restarted on 01-10 with no
            // state and true, so rises, rises_cooled and high_cooled fired for it that day and not after.
            LocalDate lastDay = DATES.get(8);
            assertThat(storedStates(test.store())).containsExactly(
                    "falls a false " + lastDay + " " + lastDay,
                    "falls b false " + lastDay + " " + lastDay,
                    "high a false " + lastDay + " " + DATES.get(7),
                    "high b false " + lastDay + " " + DATES.get(7),
                    "high_cooled a false " + lastDay + " " + DATES.get(6),
                    "high_cooled b false " + lastDay + " " + DATES.get(5),
                    "rises a false " + lastDay + " " + DATES.get(6),
                    "rises b false " + lastDay + " " + DATES.get(5),
                    "rises_cooled a false " + lastDay + " " + DATES.get(6),
                    "rises_cooled b false " + lastDay + " " + DATES.get(5));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void membershipsRecordEntriesAndExits(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());

            for (int run = 0; run < DATES.size(); run++) {
                Map<String, SegmentEngine.Change> changes = SegmentEngine.evaluate(definitions, TriggerFixture.frame(run), DATES.get(run),
                        state.loadOpenMemberships());
                state.saveMemberships(changes, DATES.get(run), "run-" + run);
                if (run == 6) {
                    assertThat(state.loadOpenMemberships()).isEqualTo(Map.of("strong", Set.of("a", "b")));
                    assertThat(state.loadEntryDates()).isEqualTo(Map.of("strong", Map.of("a", DATES.get(6), "b", DATES.get(0))));
                }
            }

            // a: in on 01-02, 01-08 and 01-12, out on 01-05, 01-10 and 01-20; b: in on 01-01, out on 01-20.
            assertThat(memberships(test.store())).containsExactly(
                    "a 2024-01-02 2024-01-05 run-1 run-3",
                    "a 2024-01-08 2024-01-10 run-4 run-5",
                    "a 2024-01-12 2024-01-20 run-6 run-8",
                    "b 2024-01-01 2024-01-20 run-0 run-8");
            assertThat(state.loadOpenMemberships()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void repeatedMembershipSaveAddsNothing(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());
            Map<String, SegmentEngine.Change> entry = SegmentEngine.evaluate(definitions, TriggerFixture.frame(1), DATES.get(1), Map.of());
            state.saveMemberships(entry, DATES.get(1), "run-1");
            Map<String, SegmentEngine.Change> exit = SegmentEngine.evaluate(definitions, TriggerFixture.frame(3), DATES.get(3),
                    state.loadOpenMemberships());

            state.saveMemberships(entry, DATES.get(1), "run-1");
            state.saveMemberships(exit, DATES.get(3), "run-3");
            state.saveMemberships(exit, DATES.get(3), "run-3-again");

            assertThat(memberships(test.store())).containsExactly(
                    "a 2024-01-02 2024-01-05 run-1 run-3",
                    "b 2024-01-02 - run-1 -");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sameDayReentryKeepsMembershipOpen(Engine engine) throws Exception {
        Definitions definitions = Definitions.compile(TriggerFixture.workspace(folder));
        try (TestStore test = TestStore.open(engine, folder)) {
            IdentifyState state = new IdentifyState(test.store());
            LocalDate day = DATES.get(1);

            // Three runs for the same date, as when the data is corrected twice: a qualifies, then not, then again.
            for (int frame : new int[] {1, 0, 1}) {
                Map<String, SegmentEngine.Change> changes = SegmentEngine.evaluate(definitions, TriggerFixture.frame(frame), day,
                        state.loadOpenMemberships());
                state.saveMemberships(changes, day, "run-" + frame);
            }

            assertThat(state.loadOpenMemberships()).isEqualTo(Map.of("strong", Set.of("a", "b")));
        }
    }

    private static void saveRun(Definitions definitions, IdentifyState state, AccountFrame frame, LocalDate asOf, String runId) {
        Map<String, Map<String, TriggerState>> stored = state.loadTriggerStates();
        TriggerEngine.Evaluation evaluation = TriggerEngine.evaluate(definitions, frame, asOf, stored);
        state.saveTriggers(evaluation, stored, asOf, runId);
    }

    private static AccountFrame frameWithout(AccountFrame frame, String account) {
        List<String> remaining = frame.accountIds().stream().filter(id -> !id.equals(account)).toList();
        AccountFrame smaller = new AccountFrame(remaining);
        Object[] signal = smaller.newColumn();
        Object[] original = frame.column("signal");
        for (int row = 0; row < remaining.size(); row++) {
            signal[row] = original[frame.accountIds().indexOf(remaining.get(row))];
        }
        smaller.put("signal", signal);
        return smaller;
    }

    /** Drops triggers without states, which the store cannot tell apart from triggers never saved. */
    private static Map<String, Map<String, TriggerState>> withoutEmpty(Map<String, Map<String, TriggerState>> states) {
        Map<String, Map<String, TriggerState>> nonEmpty = new TreeMap<>();
        states.forEach((trigger, byAccount) -> {
            if (!byAccount.isEmpty()) {
                nonEmpty.put(trigger, byAccount);
            }
        });
        return nonEmpty;
    }

    /** Returns each stored state as "trigger account active since last_fired_on", sorted, "-" for null. */
    private static List<String> storedStates(Store store) throws SQLException {
        List<String> rows = new ArrayList<>();
        String sql = "SELECT trigger_name, account_id, active, since, last_fired_on FROM trigger_state ORDER BY trigger_name, account_id";
        try (PreparedStatement statement = store.connection().prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getBoolean(3) + " " + result.getDate(4).toLocalDate()
                        + " " + (result.getDate(5) == null ? "-" : result.getDate(5).toLocalDate()));
            }
        }
        return rows;
    }

    /**
     * Returns "trigger account" to a marker of the row's physical version: DuckDB's rowid, which a
     * deleted and re-inserted row gets anew, or PostgreSQL's xmin, the transaction that wrote the row.
     */
    private static Map<String, String> rowVersions(Engine engine, Store store) throws SQLException {
        String marker = switch (engine) {
            case DUCKDB -> "CAST(rowid AS VARCHAR)";
            case POSTGRESQL -> "CAST(xmin AS TEXT)";
        };
        Map<String, String> versions = new TreeMap<>();
        String sql = "SELECT trigger_name, account_id, " + marker + " FROM trigger_state";
        try (PreparedStatement statement = store.connection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                versions.put(rows.getString(1) + " " + rows.getString(2), rows.getString(3));
            }
        }
        return versions;
    }

    private static Map<String, Map<String, List<LocalDate>>> firings(Store store) throws SQLException {
        Map<String, Map<String, List<LocalDate>>> firings = new TreeMap<>();
        String sql = "SELECT trigger_name, account_id, fired_on FROM trigger_firing ORDER BY trigger_name, account_id, fired_on";
        try (PreparedStatement statement = store.connection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                firings.computeIfAbsent(rows.getString(1), t -> new TreeMap<>()).computeIfAbsent(rows.getString(2), a -> new ArrayList<>())
                        .add(rows.getDate(3).toLocalDate());
            }
        }
        return firings;
    }

    private static String runOfFiring(Store store, String trigger, String account, LocalDate firedOn) throws SQLException {
        String sql = "SELECT run_id FROM trigger_firing WHERE trigger_name = ? AND account_id = ? AND fired_on = ?";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, trigger);
            statement.setString(2, account);
            statement.setDate(3, java.sql.Date.valueOf(firedOn));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Returns the membership rows of segment strong as "account entered_on left_on entered_run left_run", "-" for null. */
    private static List<String> memberships(Store store) throws SQLException {
        List<String> rows = new ArrayList<>();
        String sql = "SELECT account_id, entered_on, left_on, entered_run_id, left_run_id FROM segment_membership "
                + "WHERE segment_name = 'strong' ORDER BY account_id, entered_on";
        try (PreparedStatement statement = store.connection().prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getDate(2).toLocalDate() + " "
                        + (result.getDate(3) == null ? "-" : result.getDate(3).toLocalDate()) + " " + result.getString(4) + " "
                        + (result.getString(5) == null ? "-" : result.getString(5)));
            }
        }
        return rows;
    }

    private static long count(Store store, String table) throws SQLException {
        try (PreparedStatement statement = store.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
