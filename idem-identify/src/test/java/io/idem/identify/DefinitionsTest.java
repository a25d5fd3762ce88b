package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.expression.Type;
import io.idem.workspace.ConfigProblem;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in expressions are reported all at once. Each carries the dotted field path, the
 * expression text as its value, and the idem.yaml line and column of the offending token.
 */
class DefinitionsTest {

    private static final String SOURCES = """
            idem: 1
            workspace: definitions
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
                  plan: string
              tickets:
                kind: tickets
                file: tickets.csv
                columns:
                  account_id: string
                  opened_on: date
                  priority: string
                  credit: money
            """;

    private static final String BROKEN = SOURCES + """
            features:
              usage_30d:
                source: tickets
                aggregate: count
                window: 30d
              bad_where:
                source: tickets
                aggregate: count
                where: priority = 3
              loop_a:
                expression: loop_b + 1
              loop_b:
                expression: loop_c * 2
              loop_c:
                expression: loop_a - usage_30d
              misspelt_function:
                expression: pct_chang(usage_30d, 1)
            triggers:
              broken_syntax:
                kind: usage_trend
                when: usage_30d >
              wrong_types:
                kind: usage_trend
                when: plan > 3
              typo:
                kind: usage_trend
                when: usage_3d > 5
              not_a_condition:
                kind: usage_trend
                when: usage_30d + 1
            segments:
              unknown_segment_name:
                when: plan = 'Pro' and escalations > 2
            """;

    @TempDir
    Path folder;

    @Test
    void syntaxErrorNamesFieldLineAndColumn() throws Exception {
        ConfigProblem problem = single(check(BROKEN), "triggers.broken_syntax.when");

        assertLocatedAtToken(problem, "broken_syntax", "when", "usage_30d >".length() + 1);
        assertThat(problem.value()).isEqualTo("usage_30d >");
        assertThat(problem.message()).contains("at column").contains("expected a value");
    }

    @Test
    void typeErrorNamesBothTypes() throws Exception {
        ConfigProblem problem = single(check(BROKEN), "triggers.wrong_types.when");

        assertLocatedAtToken(problem, "wrong_types", "when", "plan > 3".indexOf('>') + 1);
        assertThat(problem.value()).isEqualTo("plan > 3");
        assertThat(problem.message()).contains("cannot compare string with number");
    }

    @Test
    void unknownNameSuggestsClosestName() throws Exception {
        ConfigProblem problem = single(check(BROKEN), "triggers.typo.when");

        assertLocatedAtToken(problem, "typo", "when", 1);
        assertThat(problem.message()).contains("unknown name 'usage_3d'");
        assertThat(problem.fix()).contains("did you mean 'usage_30d'");
    }

    @Test
    void unknownFunctionSuggestsClosestFunction() throws Exception {
        ConfigProblem problem = single(check(BROKEN), "features.misspelt_function.expression");

        assertLocatedAtToken(problem, "misspelt_function", "expression", 1);
        assertThat(problem.message()).contains("unknown function 'pct_chang'");
        assertThat(problem.fix()).contains("did you mean 'pct_change'");
    }

    @Test
    void nonBooleanTriggerConditionRejected() throws Exception {
        ConfigProblem problem = single(check(BROKEN), "triggers.not_a_condition.when");

        assertLocatedAtToken(problem, "not_a_condition", "when", "usage_30d + 1".indexOf('+') + 1);
        assertThat(problem.message()).contains("expected a condition (true or false), found a number");
    }

    @Test
    void whereCheckedAgainstSourceColumns() throws Exception {
        ConfigProblem problem = single(check(BROKEN), "features.bad_where.where");

        assertLocatedAtToken(problem, "bad_where", "where", "priority = 3".indexOf('=') + 1);
        assertThat(problem.value()).isEqualTo("priority = 3");
        assertThat(problem.message()).contains("cannot compare string with number");
    }

    @Test
    void segmentUnknownNameReported() throws Exception {
        ConfigProblem problem = single(check(BROKEN), "segments.unknown_segment_name.when");

        assertLocatedAtToken(problem, "unknown_segment_name", "when", "plan = 'Pro' and escalations > 2".indexOf("escalations") + 1);
        assertThat(problem.message()).contains("unknown name 'escalations'");
    }

    @Test
    void dependencyCycleIsNamedInOrder() throws Exception {
        List<ConfigProblem> cycles = check(BROKEN).stream().filter(p -> p.message().contains("cycle")).toList();

        assertThat(cycles).hasSize(1);
        ConfigProblem cycle = cycles.get(0);
        assertThat(cycle.message()).contains("loop_a -> loop_b -> loop_c -> loop_a");
        assertThat(cycle.location().field()).isEqualTo("features.loop_a.expression");
        assertLocatedAtToken(cycle, "loop_a", "expression", 1);
    }

    @Test
    void cycleReportsOnlyTheCycle() throws Exception {
        List<ConfigProblem> loopProblems = check(BROKEN).stream()
                .filter(p -> p.location().field().startsWith("features.loop_"))
                .toList();

        // loop_a is defined, so calling it an unknown name while the cycle is reported misleads.
        assertThat(loopProblems).extracting(ConfigProblem::message).noneMatch(message -> message.contains("unknown name"));
    }

    @Test
    void multiLineExpressionErrorPointsAtItsLine() throws Exception {
        String yaml = SOURCES + """
                triggers:
                  spread_out:
                    kind: usage_trend
                    when: |-
                      plan = 'Pro'
                      and plan > 3
                """;
        List<String> lines = yaml.lines().toList();

        ConfigProblem problem = single(check(yaml), "triggers.spread_out.when");

        // The second line of the expression is the second line after "when: |-".
        assertThat(problem.location().line()).isEqualTo(lines.indexOf("      and plan > 3") + 1);
        assertThat(problem.message()).contains("cannot compare string with number");
    }

    @Test
    void compileListsEveryProblem() throws Exception {
        Workspace workspace = TestWorkspace.write(folder, BROKEN);
        int problems = Definitions.check(workspace).size();

        assertThatThrownBy(() -> Definitions.compile(workspace))
                .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems())
                        .hasSize(problems)
                        .extracting(p -> p.location().field())
                        .contains("features.bad_where.where", "features.loop_a.expression", "features.misspelt_function.expression",
                                "triggers.broken_syntax.when", "triggers.wrong_types.when", "triggers.typo.when",
                                "triggers.not_a_condition.when", "segments.unknown_segment_name.when"));
    }

    @Test
    void validDefinitionsAreOrderedAndTyped() throws Exception {
        Workspace workspace = TestWorkspace.write(folder, SOURCES + """
                features:
                  doubled:
                    expression: credit_plus_one * 2
                  credit_plus_one:
                    expression: credit_30d + 1
                  credit_30d: {source: tickets, aggregate: sum, column: credit, window: 30d}
                  credit_avg: {source: tickets, aggregate: avg, column: credit}
                  first_ticket: {source: tickets, aggregate: min, column: opened_on}
                  last_priority: {source: tickets, aggregate: last, column: priority}
                  tickets_30d: {source: tickets, aggregate: count, window: 30d}
                  busy:
                    expression: tickets_30d > 3
                triggers:
                  busy_now:
                    kind: touchpoint
                    when: busy and plan = 'Pro'
                segments:
                  busy_accounts:
                    when: busy_now
                """);

        Definitions definitions = Definitions.compile(workspace);

        assertThat(definitions.derivedOrder()).containsExactly("credit_plus_one", "doubled", "busy");
        assertThat(definitions.types()).containsEntry("credit_30d", Type.MONEY)
                .containsEntry("credit_avg", Type.MONEY)
                .containsEntry("first_ticket", Type.DATE)
                .containsEntry("last_priority", Type.STRING)
                .containsEntry("tickets_30d", Type.NUMBER)
                .containsEntry("doubled", Type.MONEY)
                .containsEntry("busy", Type.BOOLEAN)
                .containsEntry("busy_now", Type.BOOLEAN)
                .containsEntry("plan", Type.STRING);
        assertThat(definitions.triggerCondition("busy_now")).isNotNull();
        assertThat(definitions.segmentCondition("busy_accounts")).isNotNull();
    }

    private List<ConfigProblem> check(String yaml) throws Exception {
        return Definitions.check(TestWorkspace.write(folder, yaml));
    }

    private static ConfigProblem single(List<ConfigProblem> problems, String field) {
        List<ConfigProblem> matching = problems.stream().filter(p -> p.location().field().equals(field)).toList();
        assertThat(matching).as("problems at %s among %s", field, problems).hasSize(1);
        return matching.get(0);
    }

    /**
     * Asserts that the problem points at the offending token in idem.yaml: on the line of the
     * definition's {@code field}, at the column where the value starts plus the token's 1-based
     * column within the expression.
     */
    private static void assertLocatedAtToken(ConfigProblem problem, String name, String field, int expressionColumn) {
        List<String> lines = BROKEN.lines().toList();
        int nameIndex = lines.indexOf("  " + name + ":");
        assertThat(nameIndex).as("line of %s in the test's idem.yaml", name).isNotNegative();
        int fieldIndex = nameIndex + 1;
        while (!lines.get(fieldIndex).startsWith("    " + field + ": ")) {
            fieldIndex++;
        }
        int valueColumn = ("    " + field + ": ").length() + 1;

        assertThat(problem.location().file()).hasFileName("idem.yaml");
        assertThat(problem.location().line()).as("line of %s", problem).isEqualTo(fieldIndex + 1);
        assertThat(problem.location().column()).as("column of %s", problem).isEqualTo(valueColumn + expressionColumn - 1);
    }
}
