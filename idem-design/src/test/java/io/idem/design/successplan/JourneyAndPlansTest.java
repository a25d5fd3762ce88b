package io.idem.design.successplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.design.workitem.AuditTrail;
import io.idem.design.workitem.ObjectiveService;
import io.idem.identify.AccountFrame;
import io.idem.identify.Definitions;
import io.idem.identify.JourneyEngine;
import io.idem.identify.JourneyHistory;
import io.idem.identify.SegmentEngine;
import io.idem.store.Store;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Journey stages, their history and success plans over three runs of five accounts, on DuckDB
 * and PostgreSQL. Expected stages come from {@link #expectedStage}, a plain if-chain written from
 * the rules in {@link #YAML}; expected rows and statuses are worked out by hand in each test.
 */
class JourneyAndPlansTest {

    static final String YAML = """
            idem: 1
            workspace: journeys
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
                  owner: string
                  score: number
                  logins: integer
            segments:
              stuck_onboarding: {when: "journey_stage = 'onboarding' and days_in_stage >= 14"}
              behind_plan: {when: "objectives_overdue >= 2"}
            journey:
              default: adoption
              stages:
                - {stage: at_risk, when: "score < 40"}
                - {stage: onboarding, when: "logins < 5"}
                - {stage: expansion, when: "logins >= 50"}
            success_plans:
              rescue:
                for_stage: at_risk
                target: 30d
                objectives:
                  - {title: Score back to 60, target: 20d, when: "score >= 60"}
                  - {title: Call the sponsor}
              activation:
                for_stage: onboarding
                target: 45d
                objectives:
                  - {title: Ten logins, when: "logins >= 10", owner: Avery}
            """;

    private static final List<String> ACCOUNTS = List.of("a", "b", "c", "d", "e");
    private static final LocalDate JAN = LocalDate.parse("2024-01-31");
    private static final LocalDate FEB = LocalDate.parse("2024-02-15");
    private static final LocalDate MAR = LocalDate.parse("2024-03-31");

    @TempDir
    Path folder;

    /** Returns the stage by the rules of {@link #YAML}, written out. A missing score fails the score test, because a missing value is not true. */
    private static String expectedStage(Double score, Double logins) {
        if (score != null && score < 40) {
            return "at_risk";
        }
        if (logins != null && logins < 5) {
            return "onboarding";
        }
        if (logins != null && logins >= 50) {
            return "expansion";
        }
        return "adoption";
    }

    private Definitions definitions() throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), YAML);
        return Definitions.compile(WorkspaceLoader.load(folder));
    }

    private static AccountFrame frame(Double[] scores, Double[] logins) {
        AccountFrame frame = new AccountFrame(ACCOUNTS);
        frame.put("owner", new Object[] {"Morgan", "Riley", "Riley", "Morgan", null});
        frame.put("score", scores);
        frame.put("logins", logins);
        return frame;
    }

    private static AccountFrame january() {
        return frame(new Double[] {30.0, 70.0, 80.0, 50.0, null}, new Double[] {3.0, 2.0, 60.0, 20.0, 4.0});
    }

    private static AccountFrame february() {
        return frame(new Double[] {65.0, 70.0, 80.0, 35.0, null}, new Double[] {3.0, 12.0, 60.0, 20.0, 4.0});
    }

    private static AccountFrame march() {
        return frame(new Double[] {65.0, 70.0, 80.0, 35.0, null}, new Double[] {3.0, 12.0, 60.0, 20.0, 4.0});
    }

    /** One run's journey step, as the cycle runs it. */
    private static JourneyEngine.Evaluation run(Store store, Definitions definitions, AccountFrame frame, LocalDate asOf, String runId) {
        JourneyHistory history = new JourneyHistory(store);
        JourneyEngine.Evaluation journey = JourneyEngine.evaluate(definitions, frame, asOf, history.loadOpen());
        history.save(journey, asOf, runId);
        SuccessPlans plans = new SuccessPlans(store);
        plans.createForStageEntries(definitions.workspace().successPlans(), frame, journey, asOf, runId);
        plans.evaluateObjectives(definitions, frame, asOf, runId);
        plans.putCounts(frame, asOf);
        return journey;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stagesMatchRulesWrittenOut(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            Map<LocalDate, AccountFrame> runs = new java.util.TreeMap<>(Map.of(JAN, january(), FEB, february()));
            for (Map.Entry<LocalDate, AccountFrame> entry : runs.entrySet()) {
                LocalDate asOf = entry.getKey();
                AccountFrame frame = entry.getValue();
                run(test.store(), definitions, frame, asOf, "run-" + asOf);

                for (int row = 0; row < frame.size(); row++) {
                    String expected = expectedStage((Double) frame.value("score", row), (Double) frame.value("logins", row));
                    assertThat(frame.value(JourneyEngine.STAGE, row)).as("stage of %s at %s", ACCOUNTS.get(row), asOf).isEqualTo(expected);
                    assertThat(single(test, "SELECT stage FROM journey_history WHERE left_on IS NULL AND account_id = ?", ACCOUNTS.get(row)))
                            .as("stored open stage of %s at %s", ACCOUNTS.get(row), asOf).isEqualTo(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void historyKeepsOnlyChanges(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            run(test.store(), definitions, february(), FEB, "run-2");

            // a: at_risk -> onboarding, b: onboarding -> adoption, d: adoption -> at_risk; c and e keep their January stage.
            assertThat(rows(test, "SELECT account_id, stage, entered_on, left_on, rule, entered_run_id, left_run_id FROM journey_history "
                    + "ORDER BY account_id, entered_on")).containsExactly(
                    "a at_risk 2024-01-31 2024-02-15 stages[0]: score < 40 run-1 run-2",
                    "a onboarding 2024-02-15 null stages[1]: logins < 5 run-2 null",
                    "b onboarding 2024-01-31 2024-02-15 stages[1]: logins < 5 run-1 run-2",
                    "b adoption 2024-02-15 null default run-2 null",
                    "c expansion 2024-01-31 null stages[2]: logins >= 50 run-1 null",
                    "d adoption 2024-01-31 2024-02-15 default run-1 run-2",
                    "d at_risk 2024-02-15 null stages[0]: score < 40 run-2 null",
                    "e onboarding 2024-01-31 null stages[1]: logins < 5 run-1 null");
            assertThat(new JourneyHistory(test.store()).history("a")).extracting(JourneyHistory.Entry::stage)
                    .containsExactly("at_risk", "onboarding");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rerunOnSameDayChangesNothing(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            run(test.store(), definitions, february(), FEB, "run-2");
            List<String> history = rows(test, "SELECT account_id, stage, entered_on, left_on, rule, entered_run_id FROM journey_history "
                    + "ORDER BY account_id, entered_on");
            List<String> objectives = rows(test, "SELECT objective_id, status, closed_on, closed_by, version FROM objective ORDER BY objective_id");
            long plans = test.count("success_plan");
            long audit = test.count("audit_event");

            JourneyEngine.Evaluation again = run(test.store(), definitions, february(), FEB, "run-3");

            assertThat(again.changes()).isEmpty();
            assertThat(rows(test, "SELECT account_id, stage, entered_on, left_on, rule, entered_run_id FROM journey_history "
                    + "ORDER BY account_id, entered_on")).isEqualTo(history);
            assertThat(rows(test, "SELECT objective_id, status, closed_on, closed_by, version FROM objective ORDER BY objective_id"))
                    .isEqualTo(objectives);
            assertThat(test.count("success_plan")).isEqualTo(plans);
            assertThat(test.count("audit_event")).isEqualTo(audit);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sameDayChangeReplacesStage(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            run(test.store(), definitions, february(), FEB, "run-2");

            // Corrected data on the same day puts d back in adoption: the at_risk row of that day goes, the adoption row reopens.
            AccountFrame corrected = february();
            corrected.put("score", new Double[] {65.0, 70.0, 80.0, 50.0, null});
            run(test.store(), definitions, corrected, FEB, "run-3");

            assertThat(rows(test, "SELECT stage, entered_on, left_on FROM journey_history WHERE account_id = 'd' ORDER BY entered_on"))
                    .containsExactly("adoption 2024-01-31 null");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void plansCreatedOnStageEntry(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            run(test.store(), definitions, february(), FEB, "run-2");

            // January: a enters at_risk (rescue), b and e enter onboarding (activation). February: a enters onboarding, d at_risk.
            assertThat(rows(test, "SELECT account_id, template_name, created_on, target_on, created_by, run_id FROM success_plan "
                    + "ORDER BY created_on, account_id, template_name")).containsExactly(
                    "a rescue 2024-01-31 2024-03-01 stage at_risk run-1",
                    "b activation 2024-01-31 2024-03-16 stage onboarding run-1",
                    "e activation 2024-01-31 2024-03-16 stage onboarding run-1",
                    "a activation 2024-02-15 2024-03-31 stage onboarding run-2",
                    "d rescue 2024-02-15 2024-03-16 stage at_risk run-2");
            assertThat(rows(test, "SELECT p.account_id, o.position, o.title, o.target_on, o.owner, o.condition_text FROM objective o "
                    + "JOIN success_plan p ON p.plan_id = o.plan_id WHERE p.account_id = 'd' ORDER BY o.position")).containsExactly(
                    "d 0 Score back to 60 2024-03-06 Morgan score >= 60",
                    "d 1 Call the sponsor 2024-03-16 Morgan null");
            assertThat(rows(test, "SELECT o.owner FROM objective o JOIN success_plan p ON p.plan_id = o.plan_id "
                    + "WHERE p.account_id = 'e'")).containsExactly("Avery");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void objectivesAchievedThenMissed(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            run(test.store(), definitions, february(), FEB, "run-2");

            // February 15: a's score is 65, at least 60 before its target of February 20; b has 12 logins before March 16.
            assertThat(statuses(test)).containsExactly(
                    "a rescue 0 achieved 2024-02-15 run run-2",
                    "a rescue 1 not_started null null",
                    "a activation 0 not_started null null",
                    "b activation 0 achieved 2024-02-15 run run-2",
                    "d rescue 0 not_started null null",
                    "d rescue 1 not_started null null",
                    "e activation 0 not_started null null");

            AccountFrame frame = march();
            run(test.store(), definitions, frame, MAR, "run-4");

            // March 31 is past d's target of March 6 and e's of March 16 without the condition: missed. a's activation target is
            // March 31 itself, so it is not missed yet. Objectives without a condition never change by themselves.
            assertThat(statuses(test)).containsExactly(
                    "a rescue 0 achieved 2024-02-15 run run-2",
                    "a rescue 1 not_started null null",
                    "a activation 0 not_started null null",
                    "b activation 0 achieved 2024-02-15 run run-2",
                    "d rescue 0 missed 2024-03-31 run run-4",
                    "d rescue 1 not_started null null",
                    "e activation 0 missed 2024-03-31 run run-4");
            assertThat(new AuditTrail(test.store()).history(objectiveId(test, "d", 0))).extracting(AuditTrail.Event::oldValue,
                    AuditTrail.Event::newValue, AuditTrail.Event::changedBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("not_started", "missed", "run run-4"));

            // Overdue on March 31: a's sponsor call (March 1); d's two objectives (March 6 and 16); e's activation (March 16).
            Map<String, Object> overdue = column(frame, Definitions.OBJECTIVES_OVERDUE);
            Map<String, Object> achieved = column(frame, Definitions.OBJECTIVES_ACHIEVED);
            assertThat(overdue).isEqualTo(Map.of("a", 1.0, "b", 0.0, "c", 0.0, "d", 2.0, "e", 1.0));
            assertThat(achieved).isEqualTo(Map.of("a", 1.0, "b", 1.0, "c", 0.0, "d", 0.0, "e", 0.0));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void segmentsUseStageAndObjectives(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            run(test.store(), definitions, february(), FEB, "run-2");
            AccountFrame frame = march();
            run(test.store(), definitions, frame, MAR, "run-3");

            Map<String, SegmentEngine.Change> segments = SegmentEngine.evaluate(definitions, frame, MAR, Map.of());

            // Onboarding on March 31: a since February 15 (45 days) and e since January 31 (60 days).
            assertThat(column(frame, JourneyEngine.DAYS_IN_STAGE)).isEqualTo(Map.of("a", 45.0, "b", 45.0, "c", 60.0, "d", 45.0, "e", 60.0));
            assertThat(segments.get("stuck_onboarding").members()).containsExactly("a", "e");
            assertThat(segments.get("behind_plan").members()).containsExactly("d");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void manualUpdateIsAuditedAndVersioned(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            ObjectiveService service = new ObjectiveService(test.store());
            String id = objectiveId(test, "a", 1);

            ObjectiveService.ObjectiveView done = service.update(id, "Morgan", 1L, "achieved", null, FEB);

            assertThat(done.status()).isEqualTo("achieved");
            assertThat(done.closedOn()).isEqualTo(FEB);
            assertThat(done.closedBy()).isEqualTo("Morgan");
            assertThat(done.version()).isEqualTo(2);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.update(id, "Riley", 1L, "cancelled", null, FEB))
                    .hasMessageContaining("changed since version 1 (now version 2)");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.update(id, "Riley", null, "finished", null, FEB))
                    .hasMessageContaining("invalid objective status 'finished'");
            assertThat(service.list("a", null, "achieved")).extracting(ObjectiveService.ObjectiveView::objectiveId).containsExactly(id);
            assertThat(new AuditTrail(test.store()).history(id)).extracting(AuditTrail.Event::newValue, AuditTrail.Event::changedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("achieved", "Morgan"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void bulkCloseSkipsClosedObjectives(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            run(test.store(), definitions, january(), JAN, "run-1");
            ObjectiveService service = new ObjectiveService(test.store());
            String open = objectiveId(test, "a", 1);
            String closed = objectiveId(test, "a", 0);
            service.update(closed, "Morgan", null, "cancelled", null, FEB);
            long versionBefore = service.get(open).version();

            Map<String, Integer> changed = service.closeAllByRun(Map.of(open, "missed", closed, "achieved"), FEB, "run-9");

            assertThat(changed).containsExactly(Map.entry("missed", 1));
            assertThat(service.get(open).status()).isEqualTo("missed");
            assertThat(service.get(open).closedBy()).isEqualTo("run run-9");
            assertThat(service.get(open).version()).isEqualTo(versionBefore + 1);
            assertThat(service.get(closed).status()).isEqualTo("cancelled");
            assertThat(new AuditTrail(test.store()).history(open)).extracting(AuditTrail.Event::newValue, AuditTrail.Event::changedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("missed", "run run-9"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void createPlanOnceByKey(Engine engine) throws Exception {
        Definitions definitions = definitions();
        try (TestStore test = TestStore.open(engine, folder)) {
            SuccessPlans plans = new SuccessPlans(test.store());
            var template = definitions.workspace().successPlans().get("activation");

            var first = plans.createPlan(template, "c", "Riley", FEB, "playbook kickoff", "play-1", "run-1");
            var second = plans.createPlan(template, "c", "Riley", FEB, "playbook kickoff", "play-1", "run-2");

            assertThat(first).isPresent();
            assertThat(second).isEmpty();
            assertThat(rows(test, "SELECT p.plan_id, o.title, o.target_on, o.owner FROM success_plan p JOIN objective o ON o.plan_id = p.plan_id"))
                    .containsExactly(first.get() + " Ten logins 2024-03-31 Avery");
        }
    }

    private static Map<String, Object> column(AccountFrame frame, String name) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int row = 0; row < frame.size(); row++) {
            values.put(frame.accountIds().get(row), frame.value(name, row));
        }
        return values;
    }

    private static List<String> statuses(TestStore test) throws SQLException {
        return rows(test, "SELECT p.account_id, p.template_name, o.position, o.status, o.closed_on, o.closed_by FROM objective o "
                + "JOIN success_plan p ON p.plan_id = o.plan_id ORDER BY p.account_id, p.created_on, o.position");
    }

    private static String objectiveId(TestStore test, String account, int position) throws SQLException {
        List<String> ids = rows(test, "SELECT o.objective_id FROM objective o JOIN success_plan p ON p.plan_id = o.plan_id "
                + "WHERE p.account_id = '" + account + "' AND o.position = " + position + " ORDER BY p.created_on");
        return ids.get(0);
    }

    private static String single(TestStore test, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = test.store().connection().prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a row for %s", parameter).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static List<String> rows(TestStore test, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement statement = test.store().connection().prepareStatement(sql);
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
