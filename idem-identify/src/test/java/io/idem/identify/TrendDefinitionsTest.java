package io.idem.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.ConfigProblem;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trend needs a window of whole weeks, at least 2, in a declared feature and in an aggregate call alike. */
class TrendDefinitionsTest {

    private static final String SOURCES = """
            idem: 1
            workspace: trend_definitions
            sources:
              accounts:
                kind: accounts
                file: accounts.csv
                columns:
                  account_id: string
              usage:
                kind: usage
                file: usage.csv
                columns:
                  account_id: string
                  event_date: date
                  usage_count: integer
            """;

    @TempDir
    Path folder;

    private List<ConfigProblem> loadProblems(String yaml) throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), yaml);
        return WorkspaceLoader.read(folder).problems();
    }

    @Test
    void featureWindowOfDaysNotWeeksIsRejected() throws Exception {
        List<ConfigProblem> problems = loadProblems(SOURCES + """
                features:
                  usage_trend:
                    source: usage
                    aggregate: trend
                    column: usage_count
                    window: 30d
                """);

        assertThat(problems).hasSize(1);
        ConfigProblem problem = problems.get(0);
        assertThat(problem.location().field()).isEqualTo("features.usage_trend.window");
        assertThat(problem.location().line()).isEqualTo(21);
        assertThat(problem.value()).isEqualTo("30d");
        assertThat(problem.message()).isEqualTo("trend needs a window of whole weeks, found 30d");
        assertThat(problem.fix()).isEqualTo("write a window such as 'window: 12w'");
    }

    @Test
    void featureWithoutWindowIsRejected() throws Exception {
        List<ConfigProblem> problems = loadProblems(SOURCES + """
                features:
                  usage_trend: {source: usage, aggregate: trend}
                """);

        assertThat(problems).extracting(ConfigProblem::message).containsExactly("trend needs a window of whole weeks, found none");
    }

    @Test
    void oneWeekCallIsRejected() throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), SOURCES + """
                triggers:
                  usage_falling:
                    kind: usage_trend
                    when: trend(usage, last 7d) < 0
                """);
        Workspace workspace = WorkspaceLoader.load(folder);

        List<ConfigProblem> problems = Definitions.check(workspace);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location().field()).isEqualTo("triggers.usage_falling.when");
        assertThat(problems.get(0).message())
                .isEqualTo("trend needs a window of at least 2 weeks to fit a slope, found 7d in trend(usage, last 7d)");
        assertThat(problems.get(0).fix()).contains("trend(COLUMN from usage, last 12w)");
    }

    @Test
    void callWithWholeWeeksIsAccepted() throws Exception {
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), SOURCES + """
                triggers:
                  usage_falling:
                    kind: usage_trend
                    when: trend(usage_count from usage, last 84d) < 0 and trend(usage, last 2w) < 0
                """);
        Workspace workspace = WorkspaceLoader.load(folder);

        assertThat(Definitions.check(workspace)).isEmpty();
    }
}
