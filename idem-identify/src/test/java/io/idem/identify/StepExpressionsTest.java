package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.ConfigProblem;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expressions of playbook steps are type-checked at load, with positions and did-you-mean hints, and see account fields. */
class StepExpressionsTest {

    @TempDir
    Path folder;

    private List<ConfigProblem> check(String steps) throws Exception {
        String yaml = """
                idem: 1
                workspace: steps
                sources:
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    columns:
                      account_id: string
                      seats: integer
                account_fields:
                  csm_tier: string
                  risk_score: number
                segments:
                  ready: {when: seats > 0}
                  strategic: {when: "csm_tier = 'strategic'"}
                playbooks:
                  grow:
                    segment: ready
                    steps:
                """ + steps;
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), yaml);
        return Definitions.check(WorkspaceLoader.load(folder));
    }

    private int lineOf(String text) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve(WorkspaceLoader.CONFIG_FILE));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text + " not found");
    }

    @Test
    void validExpressionsAndAccountFieldsPass() throws Exception {
        List<ConfigProblem> problems = check("""
                      fork: {kind: branch, if: "strategic and seats > 10", then: end}
                      hold: {kind: wait, until: "risk_score > 5", timeout: 30d}
                      score: {kind: update_field, field: risk_score, expression: "seats * 2"}
                      tell: {kind: webhook, url: "https://hooks.example.com/x", fields: [seats, csm_tier, ready]}
                """);

        assertThat(problems).isEmpty();
    }

    @Test
    void unknownNameInBranchHasPositionAndHint() throws Exception {
        List<ConfigProblem> problems = check("""
                      fork: {kind: branch, if: "seets > 10", then: end}
                """);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.location().field()).isEqualTo("playbooks.grow.steps.fork.if");
            assertThat(problem.location().line()).isEqualTo(lineOf("fork:"));
            assertThat(problem.location().column()).isGreaterThan(0);
            assertThat(problem.fix()).contains("seats");
        });
    }

    @Test
    void wrongExpressionTypesRejected() throws Exception {
        List<ConfigProblem> problems = check("""
                      hold: {kind: wait, until: "seats + 1", timeout: 30d}
                      score: {kind: update_field, field: risk_score, expression: "csm_tier"}
                      bad: {kind: update_field, field: risk_score, value: high}
                """);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0).location().field()).isEqualTo("playbooks.grow.steps.hold.until");
        assertThat(problems.get(0).message()).contains("number").contains("boolean");
        assertThat(problems.get(1).location().field()).isEqualTo("playbooks.grow.steps.score.expression");
        assertThat(problems.get(1).message()).isEqualTo("the expression is string but the field is number");
        assertThat(problems.get(2).location().field()).isEqualTo("playbooks.grow.steps.bad.value");
        assertThat(problems.get(2).message()).isEqualTo("the value is not a number, the type of account field risk_score");
    }

    @Test
    void unknownWebhookFieldHasHint() throws Exception {
        List<ConfigProblem> problems = check("""
                      tell: {kind: webhook, url: "https://hooks.example.com/x", fields: [seat]}
                """);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.location().field()).isEqualTo("playbooks.grow.steps.tell.fields");
            assertThat(problem.value()).isEqualTo("seat");
            assertThat(problem.fix()).isEqualTo("did you mean 'seats'?");
        });
    }
}
