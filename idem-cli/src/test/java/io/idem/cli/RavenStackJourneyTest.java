package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.defaultStore;
import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static io.idem.cli.CliTestSupport.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.cli.CliTestSupport.Execution;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journey stages and success plans on the RavenStack example with a journey added, over a run at
 * 2024-06-30, a run at 2024-12-31 and a repeat of that run. Stages and objective statuses are
 * checked against a computation written here, straight from the CSV files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RavenStackJourneyTest {

    private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);
    private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 31);

    private static final String JOURNEY = """

            journey:
              default: adoption
              stages:
                - {stage: at_risk, when: "churn_flag"}
                - {stage: onboarding, when: "tenure_days < 180"}
                - {stage: expansion, when: "seats >= 50"}
                - {stage: value_realised, when: "features_used_30d >= 3"}

            success_plans:
              activation:
                for_stage: onboarding
                target: 90d
                objectives:
                  - {title: Three features in use, target: 60d, when: "features_used_30d >= 3"}
                  - {title: Kick-off call}
            """;

    @TempDir
    static Path temp;

    private Path workspace;
    private final List<Execution> runs = new ArrayList<>();
    private final Map<String, List<String>> objectivesAfterJune = new TreeMap<>();
    private final Map<String, List<String>> objectivesAfterDecember = new TreeMap<>();
    private List<Map<String, String>> journeyAfterDecember;
    private List<String> historyAfterDecember;

    @BeforeAll
    void runThreeTimes() throws IOException, SQLException {
        workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        Files.writeString(workspace.resolve("idem.yaml"), JOURNEY, java.nio.file.StandardOpenOption.APPEND);
        replaceOnce(workspace, "segments:\n", "segments:\n  new_in_expansion:\n    when: journey_stage = 'expansion' and days_in_stage < 30\n");
        replaceOnce(workspace, "triggers:\n", "triggers:\n  in_expansion:\n    kind: usage_trend\n    when: journey_stage = 'expansion'\n");

        runs.add(run(JUNE, "out-june"));
        objectivesAfterJune.putAll(objectives());
        runs.add(execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(), "--as-of",
                DECEMBER.toString(), "--out", temp.resolve("out-december").toString(), "--backtest-months", "2"));
        journeyAfterDecember = readCsv(temp.resolve("out-december/journey.csv"));
        historyAfterDecember = table("SELECT account_id, stage, entered_on, left_on, rule FROM journey_history ORDER BY account_id, entered_on");
        runs.add(run(DECEMBER, "out-again"));
        objectivesAfterDecember.putAll(objectives());
    }

    private Execution run(LocalDate asOf, String out) {
        return execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(), "--as-of", asOf.toString(),
                "--out", temp.resolve(out).toString(), "--backtest-months", "0");
    }

    @Test
    void runsSucceed() {
        for (Execution run : runs) {
            assertThat(run.exitCode()).as(run.transcript()).isZero();
        }
    }

    @Test
    void stagesMatchIndependentComputation() throws IOException {
        for (Map.Entry<LocalDate, String> run : Map.of(JUNE, "out-june", DECEMBER, "out-december").entrySet()) {
            Map<String, String> expected = expectedStages(run.getKey());
            List<Map<String, String>> actual = readCsv(temp.resolve(run.getValue()).resolve("journey.csv"));

            assertThat(actual).hasSize(expected.size());
            for (Map<String, String> row : actual) {
                assertThat(row.get("stage")).as("stage of %s at %s", row.get("account_id"), run.getKey())
                        .isEqualTo(expected.get(row.get("account_id")));
            }
        }
    }

    @Test
    void sinceIsDayOfLastChange() throws IOException {
        Map<String, String> june = expectedStages(JUNE);
        Map<String, String> december = expectedStages(DECEMBER);
        int changed = 0;

        for (Map<String, String> row : journeyAfterDecember) {
            String account = row.get("account_id");
            boolean same = june.get(account).equals(december.get(account));
            changed += same ? 0 : 1;
            assertThat(row.get("since")).as("since of %s", account).isEqualTo((same ? JUNE : DECEMBER).toString());
        }

        // One row per account from June, and one more for each account whose stage changed.
        assertThat(historyAfterDecember).hasSize(june.size() + changed);
        assertThat(changed).as("the data moves some accounts between June and December").isPositive();
    }

    @Test
    void backtestReplaysStageTrigger() throws IOException {
        List<Map<String, String>> backtest = readCsv(temp.resolve("out-december/backtest.csv"));

        assertThat(backtest).filteredOn(row -> row.get("trigger").equals("in_expansion")).isNotEmpty();
    }

    @Test
    void planCountsStages() throws IOException {
        Map<String, Long> expected = new TreeMap<>();
        expectedStages(DECEMBER).values().forEach(stage -> expected.merge(stage, 1L, Long::sum));

        Execution plan = execute("plan", "--workspace", workspace.toString());

        assertThat(plan.exitCode()).as(plan.transcript()).isZero();
        for (Map.Entry<String, Long> stage : expected.entrySet()) {
            assertThat(plan.output()).containsPattern("(?m)^  " + stage.getKey() + " +" + stage.getValue() + "$");
        }
    }

    @Test
    void repeatedRunChangesNothing() throws IOException, SQLException {
        assertThat(readCsv(temp.resolve("out-again/journey.csv"))).isEqualTo(journeyAfterDecember);
        assertThat(table("SELECT account_id, stage, entered_on, left_on, rule FROM journey_history ORDER BY account_id, entered_on"))
                .isEqualTo(historyAfterDecember);
    }

    @Test
    void segmentUsesStageAndDays() throws IOException {
        Map<String, String> june = expectedStages(JUNE);
        Map<String, String> december = expectedStages(DECEMBER);
        long entered = december.entrySet().stream()
                .filter(e -> e.getValue().equals("expansion") && !june.get(e.getKey()).equals("expansion")).count();

        var runJson = new ObjectMapper().readTree(temp.resolve("out-december/run.json").toFile());

        assertThat(entered).as("accounts entering expansion in December").isPositive();
        assertThat(runJson.path("segments").path("new_in_expansion").asLong()).isEqualTo(entered);
    }

    @Test
    void objectivesAchievedOrMissedByData() throws IOException, SQLException {
        Map<String, Integer> featuresJune = featuresUsed30d(JUNE);
        Map<String, Integer> featuresDecember = featuresUsed30d(DECEMBER);
        Map<String, String> june = expectedStages(JUNE);
        Map<String, String> december = expectedStages(DECEMBER);
        Map<String, List<String>> expectedJune = new TreeMap<>();
        Map<String, List<String>> expectedDecember = new TreeMap<>();
        for (String account : june.keySet()) {
            if (june.get(account).equals("onboarding")) {
                boolean achieved = featuresJune.getOrDefault(account, 0) >= 3;
                expectedJune.put(account + " 2024-06-30", List.of(achieved ? "achieved" : "not_started", "not_started"));
                // The target is August 29, so December 31 finds every open objective with a condition missed.
                expectedDecember.put(account + " 2024-06-30", List.of(achieved ? "achieved" : "missed", "not_started"));
            }
            if (december.get(account).equals("onboarding") && !june.get(account).equals("onboarding")) {
                boolean achieved = featuresDecember.getOrDefault(account, 0) >= 3;
                expectedDecember.put(account + " 2024-12-31", List.of(achieved ? "achieved" : "not_started", "not_started"));
            }
        }

        assertThat(expectedJune).as("accounts onboarding in June").isNotEmpty();
        assertThat(expectedDecember.values().stream().flatMap(List::stream)).as("statuses in December").contains("achieved", "missed");
        assertThat(objectivesAfterJune).isEqualTo(expectedJune);
        assertThat(objectivesAfterDecember).isEqualTo(expectedDecember);
    }

    @Test
    void journeyCommandPrintsHistory() throws IOException {
        Map<String, String> june = expectedStages(JUNE);
        Map<String, String> december = expectedStages(DECEMBER);
        String account = june.keySet().stream().sorted().filter(a -> !june.get(a).equals(december.get(a))).findFirst().orElseThrow();

        Execution journey = execute("journey", account, "--workspace", workspace.toString());

        assertThat(journey.exitCode()).as(journey.transcript()).isZero();
        assertThat(journey.output()).contains("2024-06-30 to 2024-12-31  " + june.get(account))
                .contains("2024-12-31 to now         " + december.get(account));
    }

    @Test
    void journeyCommandRejectsUnknownAccount() {
        Execution journey = execute("journey", "A-nobody", "--workspace", workspace.toString());

        assertThat(journey.exitCode()).isEqualTo(2);
        assertThat(journey.errors()).contains("account 'A-nobody' has no journey history");
    }

    @Test
    void plansListFiltersByAccountAndStatus() throws SQLException {
        Map.Entry<String, List<String>> first = objectives().entrySet().iterator().next();
        String account = first.getKey().split(" ")[0];

        Execution all = execute("plans", "list", "--account", account, "--workspace", workspace.toString());
        Execution calls = execute("plans", "list", "--account", account, "--status", "not_started", "--workspace", workspace.toString());

        assertThat(all.exitCode()).as(all.transcript()).isZero();
        assertThat(all.output()).contains("objective(s)").contains(account).contains("Kick-off call");
        long notStarted = objectives().entrySet().stream().filter(e -> e.getKey().startsWith(account + " "))
                .flatMap(e -> e.getValue().stream()).filter("not_started"::equals).count();
        assertThat(calls.output()).contains(notStarted + " objective(s)");
    }

    @Test
    void failedRunKeepsJourneyState() throws IOException, SQLException {
        List<String> tables = List.of("journey_history", "success_plan", "objective");
        Map<String, List<String>> before = new TreeMap<>();
        for (String table : tables) {
            before.put(table, table("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        Path blocked = temp.resolve("blocked-output");
        Files.writeString(blocked, "a file where the run expects a folder");

        // A later as-of moves accounts between stages, and the output folder cannot be created, so the run fails after its journey step.
        Execution failed = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(), "--as-of",
                "2025-06-30", "--out", blocked.resolve("out").toString(), "--backtest-months", "0");

        assertThat(failed.exitCode()).as(failed.transcript()).isNotZero();
        for (String table : tables) {
            assertThat(table("SELECT * FROM " + table + " ORDER BY 1, 2")).as("rows of %s", table).isEqualTo(before.get(table));
        }
    }

    @Test
    void planUpdateChecksVersion() throws SQLException {
        String objective = table("SELECT o.objective_id FROM objective o JOIN success_plan p ON p.plan_id = o.plan_id "
                + "WHERE o.title = 'Kick-off call' ORDER BY p.account_id LIMIT 1").get(0);

        Execution update = execute("plans", "update", objective, "--status", "achieved", "--by", "Dana", "--expected-version", "1",
                "--workspace", workspace.toString());
        Execution stale = execute("plans", "update", objective, "--status", "cancelled", "--by", "Lee", "--expected-version", "1",
                "--workspace", workspace.toString());

        assertThat(update.exitCode()).as(update.transcript()).isZero();
        assertThat(update.output()).contains(objective).contains("achieved").contains("v2");
        assertThat(stale.exitCode()).as(stale.transcript()).isEqualTo(2);
        assertThat(stale.errors()).contains("changed since version 1 (now version 2)");
        assertThat(table("SELECT status, closed_on, closed_by FROM objective WHERE objective_id = '" + objective + "'"))
                .containsExactly("achieved 2024-12-31 Dana");
        assertThat(table("SELECT field_name, old_value, new_value, changed_by FROM audit_event WHERE object_id = '" + objective + "'"))
                .containsExactly("status not_started achieved Dana");
    }

    /** Returns each account's stage by the rules of {@link #JOURNEY}, from the CSV files. */
    private Map<String, String> expectedStages(LocalDate asOf) throws IOException {
        Map<String, Integer> features = featuresUsed30d(asOf);
        Map<String, String> stages = new TreeMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_accounts.csv")) {
            String account = row.get("account_id");
            long tenure = ChronoUnit.DAYS.between(LocalDate.parse(row.get("signup_date")), asOf);
            String stage;
            if (row.get("churn_flag").equalsIgnoreCase("true")) {
                stage = "at_risk";
            } else if (tenure < 180) {
                stage = "onboarding";
            } else if (Integer.parseInt(row.get("seats")) >= 50) {
                stage = "expansion";
            } else if (features.getOrDefault(account, 0) >= 3) {
                stage = "value_realised";
            } else {
                stage = "adoption";
            }
            stages.put(account, stage);
        }
        return stages;
    }

    /** Returns the distinct features each account used in the 30 days up to {@code asOf}. */
    private static Map<String, Integer> featuresUsed30d(LocalDate asOf) throws IOException {
        Map<String, String> subscriptionAccount = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_subscriptions.csv")) {
            subscriptionAccount.put(row.get("subscription_id"), row.get("account_id"));
        }
        Map<String, Set<String>> used = new HashMap<>();
        for (Map<String, String> row : RavenStackCsv.read("ravenstack_feature_usage.csv")) {
            LocalDate day = LocalDate.parse(row.get("usage_date"));
            if (day.isAfter(asOf.minusDays(30)) && !day.isAfter(asOf)) {
                used.computeIfAbsent(subscriptionAccount.get(row.get("subscription_id")), a -> new HashSet<>()).add(row.get("feature_name"));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        used.forEach((account, features) -> counts.put(account, features.size()));
        return counts;
    }

    /** Returns the objective statuses in position order, per account and plan creation day. */
    private Map<String, List<String>> objectives() throws SQLException {
        Map<String, List<String>> statuses = new TreeMap<>();
        for (String row : table("SELECT p.account_id, p.created_on, o.status FROM objective o JOIN success_plan p ON p.plan_id = o.plan_id "
                + "ORDER BY p.account_id, p.created_on, o.position")) {
            String[] fields = row.split(" ");
            statuses.computeIfAbsent(fields[0] + " " + fields[1], key -> new ArrayList<>()).add(fields[2]);
        }
        return statuses;
    }

    private List<String> table(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Store store = Store.open(StoreLocation.duckDb(defaultStore(workspace)));
             PreparedStatement statement = store.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    fields.add(String.valueOf(rows.getString(i)));
                }
                result.add(String.join(" ", fields));
            }
        }
        return result;
    }
}
