package io.idem.workspace;

import static io.idem.workspace.SchemaValidatorTest.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyDefinitionTest {

    private static final String JOURNEY = """
            journey:
              default: adoption
              stages:
                - {stage: at_risk, when: "health < 40"}
                - {stage: onboarding, when: "usage_30d < 3"}
            success_plans:
              first_value:
                description: Reach first value
                for_stage: onboarding
                target: 60d
                objectives:
                  - {title: Use it weekly, target: 30d, when: "usage_30d >= 8", owner: Avery}
                  - {title: Kick-off call}
            """;

    @TempDir
    Path folder;

    private Path write(String yaml) throws IOException {
        Path file = folder.resolve("idem.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no line contains " + text);
    }

    @Test
    void journeyAndPlansAreRead() throws IOException {
        Workspace workspace = WorkspaceLoader.load(write(VALID + JOURNEY));

        Journey journey = workspace.journey();
        assertThat(journey.defined()).isTrue();
        assertThat(journey.names()).containsExactly("onboarding", "adoption", "value_realised", "expansion", "renewal", "at_risk");
        assertThat(journey.defaultStage()).isEqualTo("adoption");
        assertThat(journey.rules()).extracting(JourneyRule::index, JourneyRule::stage, JourneyRule::condition)
                .containsExactly(tuple(0, "at_risk", "health < 40"), tuple(1, "onboarding", "usage_30d < 3"));
        assertThat(journey.rules().get(1).label()).isEqualTo("stages[1]: usage_30d < 3");

        SuccessPlanTemplate plan = workspace.successPlans().get("first_value");
        assertThat(plan.forStage()).isEqualTo("onboarding");
        assertThat(plan.targetDays()).isEqualTo(60);
        assertThat(plan.objectives()).extracting(SuccessPlanTemplate.ObjectiveTemplate::title,
                        SuccessPlanTemplate.ObjectiveTemplate::targetDays, SuccessPlanTemplate.ObjectiveTemplate::owner,
                        SuccessPlanTemplate.ObjectiveTemplate::condition)
                .containsExactly(tuple("Use it weekly", 30, "Avery", "usage_30d >= 8"), tuple("Kick-off call", 60, null, null));
    }

    @Test
    void workspaceWithoutJourneyHasNone() throws IOException {
        Workspace workspace = WorkspaceLoader.load(write(VALID));

        assertThat(workspace.journey().defined()).isFalse();
        assertThat(workspace.successPlans()).isEmpty();
    }

    @Test
    void customStageNamesReplaceDefaults() throws IOException {
        String yaml = VALID + """
                journey:
                  names: [trial, live]
                  default: live
                  stages:
                    - {stage: trial, when: "usage_30d < 3"}
                """;

        Workspace workspace = WorkspaceLoader.load(write(yaml));

        assertThat(workspace.journey().names()).containsExactly("trial", "live");
    }

    @Test
    void unknownStageSuggestsClosest() throws IOException {
        String yaml = VALID + JOURNEY.replace("{stage: at_risk,", "{stage: at_rsk,");

        WorkspaceLoader.Result result = WorkspaceLoader.read(write(yaml));

        assertThat(result.problems()).hasSize(1);
        ConfigProblem problem = result.problems().get(0);
        assertThat(problem.message()).isEqualTo("unknown journey stage");
        assertThat(problem.value()).isEqualTo("at_rsk");
        assertThat(problem.fix()).startsWith("did you mean 'at_risk'?");
        assertThat(problem.location().line()).isEqualTo(lineOf(yaml, "at_rsk"));
        assertThat(problem.location().field()).isEqualTo("journey.stages[0].stage");
    }

    @Test
    void unknownDefaultStageIsReported() throws IOException {
        String yaml = VALID + JOURNEY.replace("default: adoption", "default: adoptoin");

        WorkspaceLoader.Result result = WorkspaceLoader.read(write(yaml));

        assertThat(result.problems()).extracting(ConfigProblem::value, ConfigProblem::message, ConfigProblem::fix)
                .containsExactly(tuple("adoptoin", "unknown journey stage", "did you mean 'adoption'?"));
    }

    @Test
    void planForStageNeedsJourney() throws IOException {
        String yaml = VALID + JOURNEY.substring(JOURNEY.indexOf("success_plans:"));

        WorkspaceLoader.Result result = WorkspaceLoader.read(write(yaml));

        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message()).contains("for_stage needs journey stages");
        assertThat(result.problems().get(0).location().line()).isEqualTo(lineOf(yaml, "for_stage: onboarding"));
    }

    @Test
    void planWithoutObjectivesIsReported() throws IOException {
        String yaml = VALID + """
                success_plans:
                  empty:
                    target: 30d
                """;

        WorkspaceLoader.Result result = WorkspaceLoader.read(write(yaml));

        assertThat(result.problems()).extracting(ConfigProblem::message).containsExactly("missing required field 'objectives'");
    }

    @Test
    void featureNamedJourneyStageClashes() throws IOException {
        String yaml = VALID.replace("  mrr_now: {source: subscriptions, aggregate: sum_active, column: mrr}",
                "  mrr_now: {source: subscriptions, aggregate: sum_active, column: mrr}\n  journey_stage: {expression: mrr_now}");

        WorkspaceLoader.Result result = WorkspaceLoader.read(write(yaml));

        assertThat(result.problems()).extracting(ConfigProblem::value).containsExactly("journey_stage");
        assertThat(result.problems().get(0).message()).startsWith("the name is already used by a value Idem computes");
    }

    @Test
    void schemaAcceptsJourneyAndPlans() throws IOException {
        assertThat(SchemaValidator.validate(write(VALID + JOURNEY))).isEmpty();
    }

    @Test
    void schemaRejectsUnknownRuleField() throws IOException {
        String yaml = VALID + JOURNEY.replace("{stage: at_risk, when:", "{stage: at_risk, if:");

        List<ConfigProblem> problems = SchemaValidator.validate(write(yaml));

        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(problem -> assertThat(problem.location().line()).isEqualTo(lineOf(yaml, "if: \"health")));
    }
}
