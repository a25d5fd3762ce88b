package io.idem.design.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.idem.design.Engine;
import io.idem.design.TestStore;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plays, tasks and opportunities written to DuckDB and PostgreSQL, and the history read back for the next run. */
class PlayRepositoryTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void savingPlanTwiceInsertsNothing(Engine engine) throws Exception {
        Workspace workspace = PlayFixture.workspace(folder);
        PlayPlan plan = planUpgrade(workspace, AS_OF, List.of("acme", "kilo", "lima"), Map.of(), Map.of());
        try (TestStore test = TestStore.open(engine, folder)) {
            PlayRepository repository = new PlayRepository(test.store());

            repository.save(plan, "run-1");
            repository.save(PlayPlanner.plan(workspace, PlayFixture.frame(), AS_OF,
                    PlayFixture.entered("upgrade_ready", List.of("acme", "kilo", "lima")), Map.of(), Map.of(), Map.of()), "run-2");

            assertThat(test.count("play")).isEqualTo(3);
            assertThat(test.count("task")).isEqualTo(6);
            assertThat(test.count("opportunity")).isEqualTo(3);
            assertThat(row(test, "SELECT playbook_name, account_id, started_by, started_on, cooldown_until, status, owner, run_id FROM play "
                    + "WHERE account_id = 'acme'"))
                    .isEqualTo("plan_upgrade acme segment:upgrade_ready 2024-06-30 2024-09-28 open Avery run-1");
            assertThat(row(test, "SELECT t.step_name, t.title, t.owner, t.due_on, t.status, t.created_on, t.version FROM task t "
                    + "JOIN play p ON p.play_id = t.play_id WHERE p.account_id = 'kilo' AND t.step_name = 'call'"))
                    .isEqualTo("call Call Kilo ({unknown_field}, MRR 147.00) Lee 2024-07-10 open 2024-06-30 1");
            assertThat(row(test, "SELECT account_id, motion, offer_name, CAST(expected_mrr AS VARCHAR(30)), stage, owner, created_on, run_id "
                    + "FROM opportunity WHERE account_id = 'kilo'"))
                    .isEqualTo("kilo upsell next_plan 450.0000 identified Jordan 2024-06-30 run-1");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void cooldownsBlockTheNextRun(Engine engine) throws Exception {
        Workspace workspace = PlayFixture.workspace(folder);
        try (TestStore test = TestStore.open(engine, folder)) {
            PlayRepository repository = new PlayRepository(test.store());
            repository.save(planUpgrade(workspace, AS_OF.minusDays(100), List.of("acme"), Map.of(), Map.of()), "run-1");
            repository.save(planUpgrade(workspace, AS_OF, List.of("acme", "kilo"), repository.loadCooldowns(), Map.of()), "run-2");

            Map<String, Map<String, LocalDate>> cooldowns = repository.loadCooldowns();
            PlayPlan next = planUpgrade(workspace, AS_OF.plusDays(1), List.of("acme", "kilo", "lima"), cooldowns, Map.of());

            // acme's first play cooled down on 2024-05-12, before its second play started.
            // Both plays of 2024-06-30 cool down on 2024-09-28.
            assertThat(cooldowns).isEqualTo(Map.of("plan_upgrade", Map.of("acme", LocalDate.parse("2024-09-28"),
                    "kilo", LocalDate.parse("2024-09-28"))));
            assertThat(next.plays()).extracting(Play::accountId).containsExactly("lima");
            assertThat(next.skipped()).extracting(PlayPlan.Skipped::accountId, PlayPlan.Skipped::reason).containsExactly(
                    tuple("acme", "in cooldown until 2024-09-28"),
                    tuple("kilo", "in cooldown until 2024-09-28"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void playOwnerRoundRobinResumes(Engine engine) throws Exception {
        Workspace workspace = PlayFixture.workspace(folder);
        try (TestStore test = TestStore.open(engine, folder)) {
            PlayRepository repository = new PlayRepository(test.store());
            repository.save(planUpgrade(workspace, AS_OF, List.of("acme", "kilo"), Map.of(), Map.of()), "run-1");

            Map<String, Integer> counts = repository.loadAssignmentCounts(workspace);
            PlayPlan next = planUpgrade(workspace, AS_OF.plusDays(1), List.of("lima"), repository.loadCooldowns(), counts);

            // Avery and Jordan own the first two plays, so Sam is next.
            assertThat(counts).containsEntry("csm", 2);
            assertThat(next.plays()).extracting(Play::owner).containsExactly("Sam");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stepOwnerRoundRobinResumes(Engine engine) throws Exception {
        Workspace workspace = PlayFixture.workspace(folder);
        try (TestStore test = TestStore.open(engine, folder)) {
            PlayRepository repository = new PlayRepository(test.store());
            PlayPlan first = planUpgrade(workspace, AS_OF, List.of("acme", "kilo", "lima"), Map.of(), Map.of());
            repository.save(first, "run-1");

            PlayPlan next = planUpgrade(workspace, AS_OF.plusDays(100), List.of("acme"), repository.loadCooldowns(),
                    repository.loadAssignmentCounts(workspace));

            // The call steps of the first run went to Kim, Lee and Kim, so Lee is next.
            assertThat(first.tasks()).filteredOn(task -> task.step().equals("call")).extracting(Task::owner)
                    .containsExactly("Kim", "Lee", "Kim");
            assertThat(next.tasks()).filteredOn(task -> task.step().equals("call")).extracting(Task::owner).containsExactly("Lee");
        }
    }

    private static PlayPlan planUpgrade(Workspace workspace, LocalDate asOf, List<String> entered,
                                        Map<String, Map<String, LocalDate>> cooldowns, Map<String, Integer> counts) {
        return PlayPlanner.plan(workspace, PlayFixture.frame(), asOf, PlayFixture.entered("upgrade_ready", entered), Map.of(), cooldowns,
                counts);
    }

    /** Returns the single row of a query, its values joined by spaces. */
    private static String row(TestStore test, String sql) throws Exception {
        try (PreparedStatement statement = test.store().connection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                text.append(i == 1 ? "" : " ").append(rows.getObject(i) instanceof java.sql.Date date ? date.toLocalDate() : rows.getObject(i));
            }
            assertThat(rows.next()).as("a second row from %s", sql).isFalse();
            return text.toString();
        }
    }
}
