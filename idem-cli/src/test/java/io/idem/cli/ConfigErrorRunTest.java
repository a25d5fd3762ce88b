package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.defaultStore;
import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.lineOf;
import static io.idem.cli.CliTestSupport.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.cli.CliTestSupport.Execution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs RavenStack once, then breaks idem.yaml in one place and runs again: the second run must stop
 * with exit code 2 and a message that locates the problem, before it touches the store or the
 * output folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigErrorRunTest {

    private static final String AS_OF = "2024-12-31";
    private static final Pattern LOCATION = Pattern.compile("idem\\.yaml:(\\d+):(\\d+): ");

    @TempDir
    static Path temp;

    private Path workspace;
    private String validConfiguration;
    private StoreSnapshot afterFirstRun;

    /** One change to the example's idem.yaml and what the error message must name. */
    record Breakage(String name, String from, String to, String field, String value, String fix) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("typo in a feature's expression", "expression: pct_change(usage_30d, usage_prev_30d)",
                        "expression: pct_chnage(usage_30d, usage_prev_30d)", "features.usage_change_30d.expression",
                        "pct_chnage(usage_30d, usage_prev_30d)", "did you mean 'pct_change'?"),
                new Breakage("typo in a trigger's when", "when: tenure_days >= 365 and tenure_days < 395",
                        "when: tenure_dayz >= 365 and tenure_days < 395", "triggers.first_anniversary.when",
                        "tenure_dayz >= 365 and tenure_days < 395", "did you mean 'tenure_days'?"),
                new Breakage("typo in a segment's when", "when: health < 40 and mrr_now > 0", "when: health < 40 and mrr_nw > 0",
                        "segments.at_risk.when", "health < 40 and mrr_nw > 0", "did you mean 'mrr_now'?"),
                new Breakage("unknown segment in a playbook", "segment: plan_upgrade_ready", "segment: plan_upgrade_redy",
                        "playbooks.plan_upgrade.segment", "plan_upgrade_redy", "did you mean 'plan_upgrade_ready'?"));
    }

    @BeforeAll
    void runOnce() throws IOException, SQLException {
        workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        validConfiguration = Files.readString(workspace.resolve("idem.yaml"));

        Execution first = run(temp.resolve("first"));

        assertThat(first.exitCode()).as(first.transcript()).isZero();
        afterFirstRun = StoreSnapshot.read(defaultStore(workspace));
        for (String table : List.of("play", "opportunity", "segment_membership", "trigger_state")) {
            assertThat(afterFirstRun.table(table)).as("rows of %s after the first run, which the broken runs must keep", table).isNotEmpty();
        }
        assertThat(afterFirstRun.runStatuses().values()).containsExactly("succeeded");
    }

    @AfterEach
    void restoreConfiguration() throws IOException {
        Files.writeString(workspace.resolve("idem.yaml"), validConfiguration);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void brokenConfigurationNamesProblem(Breakage breakage) throws IOException {
        replaceOnce(workspace, breakage.from(), breakage.to());
        Path out = temp.resolve("out-" + breakage.field());

        Execution broken = run(out);

        assertThat(broken.exitCode()).as(broken.transcript()).isEqualTo(2);
        assertThat(broken.errors()).as(broken.transcript()).containsPattern(LOCATION.pattern() + Pattern.quote(breakage.field() + ": "));
        assertThat(broken.errors()).as(broken.transcript()).contains("(value: '" + breakage.value() + "')");
        assertThat(broken.errors()).as(broken.transcript()).contains("Fix: " + breakage.fix());
        assertThat(broken.output()).as("no run summary for a run that did not start").doesNotContain("Idem run");
        assertThat(out).as("output folder of a run that did not start").doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void brokenConfigurationKeepsStore(Breakage breakage) throws IOException, SQLException {
        replaceOnce(workspace, breakage.from(), breakage.to());

        Execution broken = run(temp.resolve("out-store-" + breakage.field()));

        assertThat(broken.exitCode()).as(broken.transcript()).isEqualTo(2);
        StoreSnapshot now = StoreSnapshot.read(defaultStore(workspace));
        for (String table : afterFirstRun.tables().keySet()) {
            assertThat(now.table(table)).as("table %s after '%s'", table, breakage.name()).isEqualTo(afterFirstRun.table(table));
        }
        assertThat(now.tables().keySet()).isEqualTo(afterFirstRun.tables().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void locationPointsAtBrokenField(Breakage breakage) throws IOException {
        replaceOnce(workspace, breakage.from(), breakage.to());
        int line = lineOf(workspace, breakage.to());
        String text = Files.readAllLines(workspace.resolve("idem.yaml")).get(line - 1);
        int keyColumn = text.indexOf(breakage.to()) + 1;

        Execution broken = run(temp.resolve("out-line-" + breakage.field()));

        Matcher location = LOCATION.matcher(broken.errors());
        assertThat(location.find()).as(broken.transcript()).isTrue();
        assertThat(Integer.parseInt(location.group(1))).as("line in: %s", broken.errors()).isEqualTo(line);
        assertThat(Integer.parseInt(location.group(2))).as("column in: %s", broken.errors()).isBetween(keyColumn, text.length());
    }

    @Test
    void brokenFeatureIsReportedOnce() throws IOException {
        replaceOnce(workspace, "expression: pct_change(usage_30d, usage_prev_30d)", "expression: pct_chnage(usage_30d, usage_prev_30d)");

        Execution broken = run(temp.resolve("out-once"));

        assertThat(broken.exitCode()).as(broken.transcript()).isEqualTo(2);
        assertThat(broken.errors()).as(broken.transcript()).contains("1 problem(s)").doesNotContain("unknown name 'usage_change_30d'");
    }

    private Execution run(Path out) {
        return execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(), "--as-of", AS_OF,
                "--out", out.toString());
    }
}
