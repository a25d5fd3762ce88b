package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.lineOf;
import static io.idem.cli.CliTestSupport.projectDirectory;
import static io.idem.cli.CliTestSupport.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.cli.CliTestSupport.Execution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idem validate} on the RavenStack example and on copies of it broken in several places at once. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    @Test
    void exampleWorkspaceIsValid() {
        Path example = projectDirectory().resolve("examples/ravenstack");

        Execution validate = execute("validate", "--workspace", example.toString());

        assertThat(validate.exitCode()).as(validate.transcript()).isZero();
        assertThat(validate.output()).contains("OK: ").contains("is valid");
        assertThat(validate.errors()).isEmpty();
    }

    @Test
    void listsEveryFieldAndReferenceProblem() throws IOException {
        Path workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        replaceOnce(workspace, "aggregate: count_distinct", "aggregate: count_distinc");
        replaceOnce(workspace, "weight: 30, linear: {worst: 1", "weight: thirty, linear: {worst: 1");
        replaceOnce(workspace, "segment: plan_upgrade_ready", "segment: plan_upgrade_redy");
        replaceOnce(workspace, "column: usage_count\n    window: 30d\n    offset: 30d", "column: usage_cnt\n    window: 30d\n    offset: 30d");

        Execution validate = execute("validate", "--workspace", workspace.toString());

        assertThat(validate.exitCode()).as(validate.transcript()).isEqualTo(2);
        List<String> problems = problemLines(validate);
        assertThat(problems).as(validate.transcript()).hasSize(4);
        assertThat(validate.errors()).contains("4 problem(s) found");
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains(":" + lineOf(workspace, "count_distinc") + ":")
                .contains("features.features_used_30d.aggregate").contains("(value: 'count_distinc')").contains("Fix: did you mean 'count_distinct'?"));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains(":" + lineOf(workspace, "thirty") + ":")
                .contains("health.health.measures.satisfaction.weight").contains("(value: 'thirty')").contains("Fix: "));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("playbooks.plan_upgrade.segment").contains("(value: 'plan_upgrade_redy')")
                .contains("Fix: did you mean 'plan_upgrade_ready'?"));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("features.usage_prev_30d.column").contains("(value: 'usage_cnt')").contains("Fix: did you mean 'usage_count'?"));
        assertThat(problems).allSatisfy(p -> assertThat(p).containsPattern("idem\\.yaml:\\d+:\\d+: "));
    }

    @Test
    void listsEveryExpressionProblem() throws IOException {
        Path workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        replaceOnce(workspace, "when: tenure_days >= 365 and tenure_days < 395", "when: tenure_dayz >= 365 and tenure_days < 395");
        replaceOnce(workspace, "when: health < 40 and mrr_now > 0", "when: health < 40 and mrr_nw > 0");
        replaceOnce(workspace, "where: billing_period = 'annual'", "where: billing_period = 'annual' and");

        Execution validate = execute("validate", "--workspace", workspace.toString());

        assertThat(validate.exitCode()).as(validate.transcript()).isEqualTo(2);
        List<String> problems = problemLines(validate);
        assertThat(problems).as(validate.transcript()).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("triggers.first_anniversary.when").contains("did you mean 'tenure_days'?"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("segments.at_risk.when").contains("did you mean 'mrr_now'?"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("features.days_to_renewal.where")
                .contains("(value: 'billing_period = 'annual' and')"));
    }

    @Test
    void listsExpressionAndFieldProblems() throws IOException {
        Path workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        replaceOnce(workspace, "aggregate: count_distinct", "aggregate: count_distinc");
        replaceOnce(workspace, "segment: plan_upgrade_ready", "segment: plan_upgrade_redy");
        replaceOnce(workspace, "when: tenure_days >= 365 and tenure_days < 395", "when: tenure_dayz >= 365 and tenure_days < 395");

        Execution validate = execute("validate", "--workspace", workspace.toString());

        assertThat(validate.exitCode()).as(validate.transcript()).isEqualTo(2);
        assertThat(problemLines(validate)).as(validate.transcript()).hasSize(3);
        assertThat(validate.errors()).contains("triggers.first_anniversary.when");
    }

    @Test
    void reportsYamlSyntaxError() throws IOException {
        Path workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        replaceOnce(workspace, "  at_risk:\n", "  at_risk: [\n");

        Execution validate = execute("validate", "--workspace", workspace.toString());

        assertThat(validate.exitCode()).as(validate.transcript()).isEqualTo(2);
        assertThat(validate.errors()).containsPattern("idem\\.yaml:\\d+:\\d+: \\(syntax\\): invalid YAML").contains("Fix: ");
    }

    @Test
    void reportsMissingConfigurationFile() {
        Execution validate = execute("validate", "--workspace", temp.toString());

        assertThat(validate.exitCode()).as(validate.transcript()).isEqualTo(2);
        assertThat(validate.errors()).contains(temp.resolve("idem.yaml").toString()).contains("Fix: create idem.yaml");
    }

    /** Returns the problem lines of the output, without the closing count. */
    private static List<String> problemLines(Execution execution) {
        return Arrays.stream(execution.errors().split("\\R")).filter(line -> line.contains("idem.yaml")).toList();
    }
}
