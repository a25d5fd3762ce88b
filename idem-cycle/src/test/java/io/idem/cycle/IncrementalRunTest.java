package io.idem.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.demo.DemoGenerator;
import io.idem.demo.DemoSpec;
import io.idem.demo.DemoWorkspace;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.FeatureEngine;
import io.idem.store.PostgresTestDatabase;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that an incremental run leaves a store in the same state as a full run at the same
 * as-of date. Two stores import the same files and run fully. Then the files change, store A runs
 * incrementally and store B fully. Their trigger states, firings, segment memberships, health
 * scores, feature values, plays, play steps, tasks and opportunities must match row for row, and
 * with a journey, so must the journey history, success plans and objectives. Owners are compared
 * too, round-robin ones included. The incremental run assigns them in the full run's order,
 * because at the base run's date only changed accounts enter a segment, fire a trigger or move a
 * play on while no task is changed by hand, and these tests change none.
 */
class IncrementalRunTest {

    private static final LocalDate AS_OF = DemoSpec.DEFAULT_AS_OF;

    @TempDir
    Path temp;

    @Test
    void duckDbIncrementalMatchesFullRun() throws Exception {
        DemoWorkspace demo = generate(300, 7);
        String incremental = "duckdb:" + temp.resolve("incremental.duckdb");
        String full = "duckdb:" + temp.resolve("full.duckdb");
        runBoth(demo, incremental, full);

        DemoChanges changes = new DemoChanges(demo.dataFolder(), 11);
        Set<String> touched = new TreeSet<>(changes.appendUsage(60, AS_OF));
        touched.addAll(changes.deleteUsage(20));
        touched.addAll(changes.deleteTickets(5));
        touched.addAll(changes.removeAccounts(3));
        List<String> healthBefore = baseHealth(demo, incremental);

        IncrementalCycle.Result result = IncrementalCycle.run(request(demo, incremental), RunListener.NONE);
        IdemCycle.run(request(demo, full), RunListener.NONE);

        assertThat(result.changedAccounts()).isEqualTo(touched.size());
        assertThat(result.removedAccounts()).isEqualTo(3);
        assertThat(baseHealth(demo, incremental)).as("the changes move some health scores").isNotEqualTo(healthBefore);
        assertThat(result.playsStarted()).as("changed accounts that entered a segment get plays").isPositive();
        assertThat(result.tasksCreated()).isPositive();
        assertSameState(demo, incremental, full, touched);
    }

    @Test
    void postgresIncrementalMatchesFullRun() throws Exception {
        DemoWorkspace demo = generate(200, 8);
        try (PostgresTestDatabase first = PostgresTestDatabase.create(); PostgresTestDatabase second = PostgresTestDatabase.create()) {
            String incremental = address(first.location());
            String full = address(second.location());
            runBoth(demo, incremental, full);

            DemoChanges changes = new DemoChanges(demo.dataFolder(), 12);
            Set<String> touched = new TreeSet<>(changes.appendUsage(40, AS_OF));
            touched.addAll(changes.deleteUsage(15));
            touched.addAll(changes.removeAccounts(2));

            IncrementalCycle.Result result = IncrementalCycle.run(request(demo, incremental), RunListener.NONE);
            IdemCycle.run(request(demo, full), RunListener.NONE);

            assertThat(result.changedAccounts()).isEqualTo(touched.size());
            assertSameState(demo, incremental, full, touched);
        }
    }

    /** Several random batches in a row: after each, the incremental store must equal the store that always runs fully. */
    @Test
    void randomBatchesKeepStoresEqual() throws Exception {
        DemoWorkspace demo = generate(150, 21);
        String incremental = "duckdb:" + temp.resolve("incremental.duckdb");
        String full = "duckdb:" + temp.resolve("full.duckdb");
        runBoth(demo, incremental, full);

        java.util.Random random = new java.util.Random(5);
        for (int batch = 0; batch < 4; batch++) {
            DemoChanges changes = new DemoChanges(demo.dataFolder(), random.nextLong());
            Set<String> touched = new TreeSet<>(changes.appendUsage(1 + random.nextInt(80), AS_OF));
            if (random.nextBoolean()) {
                touched.addAll(changes.deleteUsage(1 + random.nextInt(30)));
            }
            if (random.nextInt(3) == 0) {
                touched.addAll(changes.deleteTickets(1 + random.nextInt(5)));
            }

            IncrementalCycle.Result result = IncrementalCycle.run(request(demo, incremental), RunListener.NONE);
            IdemCycle.run(request(demo, full), RunListener.NONE);

            assertThat(result.changedAccounts()).as("batch %d", batch).isEqualTo(touched.size());
            assertSameState(demo, incremental, full, touched);
        }
    }

    @Test
    void unchangedFilesChangeNoAccount() throws Exception {
        DemoWorkspace demo = generate(100, 3);
        String store = "duckdb:" + temp.resolve("store.duckdb");
        IdemCycle.run(fullRequest(demo, store), RunListener.NONE);

        IncrementalCycle.Result result = IncrementalCycle.run(request(demo, store), RunListener.NONE);

        assertThat(result.changedAccounts()).isZero();
    }

    @Test
    void rejectsStoreWithoutFullRun() throws Exception {
        DemoWorkspace demo = generate(50, 4);
        String store = "duckdb:" + temp.resolve("store.duckdb");

        assertThatThrownBy(() -> IncrementalCycle.run(request(demo, store), RunListener.NONE))
                .isInstanceOf(IncrementalRunException.class)
                .hasMessageContaining("no full run has succeeded")
                .hasMessageContaining("without --incremental");
    }

    @Test
    void rejectsOtherAsOfDate() throws Exception {
        DemoWorkspace demo = generate(50, 5);
        String store = "duckdb:" + temp.resolve("store.duckdb");
        IdemCycle.run(fullRequest(demo, store), RunListener.NONE);
        RunRequest nextDay = new RunRequest(demo.folder(), null, store, AS_OF.plusDays(1), temp.resolve("out"), 0);

        assertThatThrownBy(() -> IncrementalCycle.run(nextDay, RunListener.NONE))
                .isInstanceOf(IncrementalRunException.class)
                .hasMessageContaining("as-of date " + AS_OF.plusDays(1) + " differs from " + AS_OF)
                .hasMessageContaining("--as-of " + AS_OF);
    }

    @Test
    void rejectsChangedConfiguration() throws Exception {
        DemoWorkspace demo = generate(50, 6);
        String store = "duckdb:" + temp.resolve("store.duckdb");
        IdemCycle.run(fullRequest(demo, store), RunListener.NONE);
        Files.writeString(demo.configFile(), Files.readString(demo.configFile()).replace("version: \"1\"", "version: \"2\""));

        assertThatThrownBy(() -> IncrementalCycle.run(request(demo, store), RunListener.NONE))
                .isInstanceOf(IncrementalRunException.class)
                .hasMessageContaining("idem.yaml changed since the last full run");
    }

    @Test
    void rejectsPercentileHealthMeasure() throws Exception {
        DemoWorkspace demo = generate(50, 9);
        String store = "duckdb:" + temp.resolve("store.duckdb");
        String config = Files.readString(demo.configFile());
        int measures = config.indexOf("measures:", config.indexOf("\nhealth:"));
        assertThat(measures).as("the demo workspace has a health model with measures").isPositive();
        int lineEnd = config.indexOf('\n', measures);
        String percentile = "\n      rank_usage: {feature: features_used_30d, category: product_usage, weight: 10, percentile: {}}";
        Files.writeString(demo.configFile(), config.substring(0, lineEnd) + percentile + config.substring(lineEnd));
        IdemCycle.run(fullRequest(demo, store), RunListener.NONE);

        assertThatThrownBy(() -> IncrementalCycle.run(request(demo, store), RunListener.NONE))
                .isInstanceOf(IncrementalRunException.class)
                .hasMessageContaining("by percentile within its peer group");
    }

    /**
     * A workspace with a journey, success plans whose objectives have conditions, and segments on
     * the journey columns with playbooks that use round-robin and least-loaded owners.
     */
    @Test
    void duckDbJourneyIncrementalMatchesFullRun() throws Exception {
        DemoWorkspace demo = generate(300, 31);
        addJourney(demo);
        String incremental = "duckdb:" + temp.resolve("incremental.duckdb");
        String full = "duckdb:" + temp.resolve("full.duckdb");
        runBoth(demo, incremental, full);

        DemoChanges changes = new DemoChanges(demo.dataFolder(), 32);
        // Deletions first, so that none of them removes an event appended here and undoes its change.
        Set<String> touched = new TreeSet<>(changes.deleteUsage(200));
        touched.addAll(changes.appendUsage(150, AS_OF));
        touched.addAll(changes.removeAccounts(2));

        IncrementalCycle.Result result = IncrementalCycle.run(request(demo, incremental), RunListener.NONE);
        IdemCycle.run(request(demo, full), RunListener.NONE);

        assertThat(result.changedAccounts()).isEqualTo(touched.size());
        assertThat(stageEntries(demo, incremental, result.runId())).as("changed accounts move to another journey stage").isPositive();
        assertThat(roundRobinPlays(demo, incremental, result.runId())).as("the run starts plays with round-robin owners").isPositive();
        assertThat(result.playsCancelled()).as("accounts that left a segment lose its open plays").isPositive();
        assertSameState(demo, incremental, full, touched);
        assertSameJourney(demo, incremental, full);
    }

    @Test
    void postgresJourneyIncrementalMatchesFullRun() throws Exception {
        DemoWorkspace demo = generate(200, 33);
        addJourney(demo);
        try (PostgresTestDatabase first = PostgresTestDatabase.create(); PostgresTestDatabase second = PostgresTestDatabase.create()) {
            String incremental = address(first.location());
            String full = address(second.location());
            runBoth(demo, incremental, full);

            DemoChanges changes = new DemoChanges(demo.dataFolder(), 34);
            Set<String> touched = new TreeSet<>(changes.deleteUsage(150));
            touched.addAll(changes.appendUsage(100, AS_OF));
            touched.addAll(changes.removeAccounts(2));

            IncrementalCycle.Result result = IncrementalCycle.run(request(demo, incremental), RunListener.NONE);
            IdemCycle.run(request(demo, full), RunListener.NONE);

            assertThat(result.changedAccounts()).isEqualTo(touched.size());
            assertThat(stageEntries(demo, incremental, result.runId())).as("changed accounts move to another journey stage").isPositive();
            assertThat(roundRobinPlays(demo, incremental, result.runId())).as("the run starts plays with round-robin owners").isPositive();
            assertSameState(demo, incremental, full, touched);
            assertSameJourney(demo, incremental, full);
        }
    }

    /** Adds a journey, two success plan templates, two segments on the journey columns and a playbook for each to the demo's idem.yaml. */
    private static void addJourney(DemoWorkspace demo) throws IOException {
        String config = Files.readString(demo.configFile());
        String segment = """
                  realised_with_objective:
                    description: Accounts that realised value and achieved an objective
                    when: journey_stage = 'value_realised' and objectives_achieved >= 1
                  newly_at_risk:
                    description: Accounts that entered the at-risk stage on the as-of date
                    when: journey_stage = 'at_risk' and days_in_stage = 0
                """;
        String playbooks = """
                  realised_follow_up:
                    description: Follow up on accounts that realised value
                    segment: realised_with_objective
                    cooldown: 30d
                    owner: {round_robin: csm}
                    steps:
                      thank: {title: "Thank {account_name} for the progress", due: 3d, blocking: false}
                      review: {title: "Review the next objective with {account_name}", due: 7d, owner: {least_loaded: csm}}
                  at_risk_call:
                    description: Call accounts that just became at risk
                    segment: newly_at_risk
                    cooldown: 30d
                    owner: {round_robin: csm}
                    steps:
                      call: {title: "Call {account_name}", due: 2d}
                """;
        String journey = """
                journey:
                  default: adoption
                  stages:
                    - {stage: at_risk, when: "health < 40"}
                    - {stage: value_realised, when: "features_used_30d >= 5"}
                    - {stage: expansion, when: "seat_utilisation >= 0.8"}

                success_plans:
                  realisation:
                    for_stage: value_realised
                    target: 60d
                    objectives:
                      - {title: Six features in use, target: 30d, when: "features_used_30d >= 6"}
                      - {title: Healthy, when: "health >= 60"}
                      - {title: Review call}
                  recovery:
                    for_stage: at_risk
                    target: 30d
                    objectives:
                      - {title: Back to 50, when: "health >= 50"}
                """;
        // The demo template has a journey of its own; this test replaces it with the one above.
        int templateJourney = config.indexOf("\njourney:\n");
        int afterJourney = config.indexOf("\naccount_fields:\n");
        assertThat(templateJourney).as("the demo template's journey").isPositive();
        assertThat(afterJourney).as("the section after the demo template's success plans").isGreaterThan(templateJourney);
        config = config.substring(0, templateJourney) + config.substring(afterJourney);
        assertThat(config).contains("\nsegments:\n", "\nplaybooks:\n");
        config = config.replace("\nsegments:\n", "\nsegments:\n" + segment).replace("\nplaybooks:\n", "\nplaybooks:\n" + playbooks);
        Files.writeString(demo.configFile(), config + "\n" + journey);
    }

    private static long stageEntries(DemoWorkspace demo, String address, String runId) throws SQLException {
        return count(demo, address, "SELECT COUNT(*) FROM journey_history WHERE entered_run_id = ?", runId);
    }

    private static long count(DemoWorkspace demo, String address, String sql, String runId) throws SQLException {
        try (Store store = Store.open(StoreLocation.parse(address, demo.folder()));
             var statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, runId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long roundRobinPlays(DemoWorkspace demo, String address, String runId) throws SQLException {
        return count(demo, address, "SELECT COUNT(*) FROM play WHERE run_id = ? AND playbook_name IN ('realised_follow_up', 'at_risk_call')",
                runId);
    }

    private static void assertSameJourney(DemoWorkspace demo, String incremental, String full) throws SQLException {
        try (Store a = Store.open(StoreLocation.parse(incremental, demo.folder())); Store b = Store.open(StoreLocation.parse(full, demo.folder()))) {
            for (String sql : List.of(
                    "SELECT account_id, stage, entered_on, left_on, rule, entered_run_id, left_run_id FROM journey_history",
                    "SELECT plan_id, dedup_key, template_name, account_id, created_on, target_on, created_by, run_id FROM success_plan",
                    "SELECT objective_id, plan_id, position, title, target_on, status, owner, condition_text, closed_on, closed_by, version "
                            + "FROM objective")) {
                assertThat(rows(a, sql)).as(sql).isNotEmpty().containsExactlyElementsOf(rows(b, sql));
            }
            String achieved = "SELECT objective_id FROM objective WHERE status = 'achieved'";
            assertThat(rows(a, achieved)).as("some objectives are achieved").isNotEmpty();
        }
    }

    private DemoWorkspace generate(int accounts, long seed) {
        return DemoGenerator.generate(new DemoSpec(accounts, seed, AS_OF, 6, 40), temp.resolve("workspace"));
    }

    private void runBoth(DemoWorkspace demo, String incremental, String full) {
        IdemCycle.run(fullRequest(demo, incremental), RunListener.NONE);
        IdemCycle.run(fullRequest(demo, full), RunListener.NONE);
    }

    private RunRequest fullRequest(DemoWorkspace demo, String store) {
        return request(demo, store);
    }

    private RunRequest request(DemoWorkspace demo, String store) {
        return new RunRequest(demo.folder(), null, store, AS_OF, temp.resolve("out-" + Math.abs(store.hashCode())), 1);
    }

    private static String address(StoreLocation location) {
        return location.jdbcUrl().replaceFirst("^jdbc:postgresql://", "postgresql://" + location.user() + "@");
    }

    private static final String BASE_HEALTH = "SELECT model_name, account_id, as_of, score, band, measures, peer_group FROM health_score "
            + "WHERE run_id = (SELECT run_id FROM idem_run WHERE status = 'succeeded' AND run_mode = 'full' ORDER BY started_at DESC LIMIT 1)";

    /**
     * Play state compared row for row. Ids derive from playbook, account and date, so the same
     * plays have the same ids in both stores. Run ids in values (run_id, close reasons, closed_by)
     * are masked by {@link #rows}, because each store's runs have their own random ids.
     */
    private static final List<String> PLAY_TABLES = List.of(
            "SELECT play_id, dedup_key, playbook_name, account_id, started_by, started_on, cooldown_until, status, owner, run_id, closed_on, "
                    + "close_reason, current_step, step_since FROM play",
            "SELECT task_id, play_id, step_name, title, owner, due_on, status, created_on, completed_on, version FROM task",
            "SELECT opportunity_id, play_id, account_id, motion, offer_name, expected_mrr, stage, owner, created_on, closed_on, run_id, "
                    + "version FROM opportunity",
            "SELECT play_id, step_name, step_kind, status, entered_on, finished_on, outcome, run_id FROM play_step");

    private static List<String> baseHealth(DemoWorkspace demo, String address) throws SQLException {
        try (Store store = Store.open(StoreLocation.parse(address, demo.folder()))) {
            return rows(store, BASE_HEALTH);
        }
    }

    private void assertSameState(DemoWorkspace demo, String incremental, String full, Set<String> touched) throws SQLException {
        Path folder = demo.folder();
        try (Store a = Store.open(StoreLocation.parse(incremental, folder)); Store b = Store.open(StoreLocation.parse(full, folder))) {
            assertThat(rows(a, "SELECT trigger_name, account_id, active, since, last_fired_on FROM trigger_state"))
                    .as("trigger states").containsExactlyElementsOf(rows(b, "SELECT trigger_name, account_id, active, since, last_fired_on FROM trigger_state"));
            assertThat(rows(a, "SELECT trigger_name, account_id, fired_on FROM trigger_firing"))
                    .as("trigger firings").containsExactlyElementsOf(rows(b, "SELECT trigger_name, account_id, fired_on FROM trigger_firing"));
            assertThat(rows(a, "SELECT segment_name, account_id, entered_on, left_on FROM segment_membership"))
                    .as("segment memberships").containsExactlyElementsOf(rows(b,
                            "SELECT segment_name, account_id, entered_on, left_on FROM segment_membership"));
            assertThat(rows(a, BASE_HEALTH)).as("health scores").isNotEmpty().containsExactlyElementsOf(rows(b, BASE_HEALTH));
            for (String sql : PLAY_TABLES) {
                assertThat(rows(a, sql)).as(sql).isNotEmpty().containsExactlyElementsOf(rows(b, sql));
            }

            Definitions definitions = Definitions.compile(WorkspaceLoader.load(folder));
            AccountFrame subset = new FeatureEngine(definitions, a).computeFor(AS_OF, touched);
            AccountFrame every = new FeatureEngine(definitions, b).compute(AS_OF);
            assertThat(subset.size()).isPositive();
            for (String account : subset.accountIds()) {
                assertThat(subset.row(subset.rowOf(account))).as("features of %s", account).isEqualTo(every.row(every.rowOf(account)));
            }
        }
    }

    private static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("run-\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{8}");

    /**
     * Returns every row of a query as text, sorted, so that stores can be compared whatever their
     * row order. Run ids are replaced by RUN, since each store gives its runs their own ids.
     */
    private static List<String> rows(Store store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    Object value = result.getObject(c);
                    row.append(c == 1 ? "" : " | ").append(value instanceof java.sql.Date date ? date.toLocalDate() : value);
                }
                rows.add(RUN_ID.matcher(row).replaceAll("RUN"));
            }
        }
        rows.sort(null);
        return rows;
    }
}
