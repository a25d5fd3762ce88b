package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.projectDirectory;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.cli.CliTestSupport.Execution;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code idem demo --accounts 300} writes every file that docs/outputs.md lists, and a second
 * {@code idem run} on the generated workspace, unchanged, starts no play.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCommandTest {

    /** A file name in backquotes at the start of a row of the table in docs/outputs.md. */
    private static final Pattern OUTPUT_ROW = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

    @TempDir
    static Path temp;

    private Path demo;
    private Execution demoRun;

    @BeforeAll
    void generateAndRun() {
        demo = temp.resolve("demo");
        demoRun = execute("demo", "--accounts", "300", "--out", demo.toString());
    }

    @Test
    void demoRunsThreeHundredAccounts() {
        assertThat(demoRun.exitCode()).as(demoRun.transcript()).isZero();
        assertThat(demoRun.output()).contains("Generated 300 accounts").contains("Accounts: 300").contains("Plays started: ");
    }

    @Test
    void demoWritesEveryDocumentedOutput() throws IOException {
        List<String> documented = documentedOutputs();
        Workspace workspace = WorkspaceLoader.load(demo.resolve("workspace"));
        assertThat(workspace.segments()).isNotEmpty();

        List<Path> expected = new ArrayList<>();
        for (String file : documented) {
            if (file.contains("<segment>")) {
                workspace.segments().keySet().forEach(segment -> expected.add(demo.resolve(file.replace("<segment>", segment))));
            } else {
                expected.add(demo.resolve(file));
            }
        }

        for (Path file : expected) {
            assertThat(file).as(demoRun.transcript()).isRegularFile();
            assertThat(Files.size(file)).as("size of %s", file).isPositive();
        }
    }

    @Test
    void runCountsMatchFiles() throws IOException {
        JsonNode run = new ObjectMapper().readTree(demo.resolve("run.json").toFile());

        assertThat(run.path("accounts").asInt()).isEqualTo(300);
        assertThat(readCsv(demo.resolve("features.csv"))).hasSize(300);
        assertThat(run.path("plays_started").asInt()).isPositive().isEqualTo(readCsv(demo.resolve("plays.csv")).size());
        assertThat(run.path("opportunities_created").asInt()).isEqualTo(readCsv(demo.resolve("opportunities.csv")).size());
        assertThat(run.path("tasks_created").asInt()).isEqualTo(readCsv(demo.resolve("tasks.csv")).size());
        for (Map<String, String> segment : readCsv(demo.resolve("segments.csv"))) {
            assertThat(readCsv(demo.resolve("segments").resolve(segment.get("segment") + ".csv")))
                    .as("members of segment %s", segment.get("segment")).hasSize(Integer.parseInt(segment.get("members")));
        }
    }

    @Test
    void secondRunStartsNoPlays() throws IOException {
        assertThat(demoRun.exitCode()).as(demoRun.transcript()).isZero();
        Path again = temp.resolve("again");

        Execution second = execute("run", "--workspace", demo.resolve("workspace").toString(), "--out", again.toString());

        assertThat(second.exitCode()).as(second.transcript()).isZero();
        assertThat(second.output()).contains("Plays started: 0 (tasks 0, opportunities 0)");
        assertThat(new ObjectMapper().readTree(again.resolve("run.json").toFile()).path("plays_started").asInt()).isZero();
        assertThat(new HashSet<>(readCsv(again.resolve("plays.csv")))).isEqualTo(new HashSet<>(readCsv(demo.resolve("plays.csv"))));
        assertThat(new HashSet<>(readCsv(again.resolve("opportunities.csv"))))
                .isEqualTo(new HashSet<>(readCsv(demo.resolve("opportunities.csv"))));
    }

    /** Returns the files listed in the table of docs/outputs.md, such as {@code revenue/movements.csv}. */
    private static List<String> documentedOutputs() throws IOException {
        String markdown = Files.readString(projectDirectory().resolve("docs/outputs.md"));
        List<String> files = new ArrayList<>();
        Matcher row = OUTPUT_ROW.matcher(markdown);
        while (row.find()) {
            files.add(row.group(1));
        }
        Set<String> required = Set.of("revenue/movements.csv", "revenue/summary.json", "backtest.csv", "segments/<segment>.csv",
                "report.html", "run.json");
        assertThat(files).as("files listed in docs/outputs.md").containsAll(required);
        return files;
    }
}
