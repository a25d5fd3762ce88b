package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.defaultStore;
import static io.idem.cli.CliTestSupport.execute;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idem.cli.CliTestSupport.Execution;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idem plan --out} and {@code idem apply} on the RavenStack example: stale plans are rejected, fresh ones run and are recorded. */
class ApplyCommandTest {

    @TempDir
    Path temp;

    private Path workspace;

    @BeforeEach
    void firstRun() throws IOException {
        workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        Execution run = run("out-first");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
    }

    private Execution run(String out) {
        return execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(), "--as-of", "2024-12-31",
                "--out", temp.resolve(out).toString(), "--backtest-months", "0");
    }

    private Execution apply(String... extra) {
        List<String> args = new ArrayList<>(List.of("apply", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--out", temp.resolve("out-apply").toString(), "--backtest-months", "0", "--by", "Dana"));
        args.addAll(List.of(extra));
        return execute(args.toArray(String[]::new));
    }

    private Path plan() {
        Path file = temp.resolve("plan.json");
        Execution plan = execute("plan", "--workspace", workspace.toString(), "--out", file.toString());
        assertThat(plan.exitCode()).as(plan.transcript()).isZero();
        return file;
    }

    private String sha256OfConfig() throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(workspace.resolve("idem.yaml"))));
    }

    private static String runId(Path outputFolder) throws IOException {
        return new ObjectMapper().readTree(outputFolder.resolve("run.json").toFile()).path("run_id").asText();
    }

    @Test
    void planFileRecordsHashRunAndDate() throws Exception {
        JsonNode plan = new ObjectMapper().readTree(plan().toFile());

        assertThat(plan.path("config_hash").asText()).isEqualTo(sha256OfConfig());
        assertThat(plan.path("last_run_id").asText()).isEqualTo(runId(temp.resolve("out-first")));
        assertThat(plan.path("as_of").asText()).isEqualTo("2024-12-31");
        assertThat(plan.path("segments").has("at_risk")).isTrue();
    }

    @Test
    void applyRejectsPlanAfterConfigChange() throws Exception {
        Path plan = plan();
        Files.writeString(workspace.resolve("idem.yaml"), "\n# reviewed again\n", StandardOpenOption.APPEND);

        Execution apply = apply(plan.toString());

        assertThat(apply.exitCode()).as(apply.transcript()).isEqualTo(ApplyCommand.NOT_APPLIED);
        assertThat(apply.errors()).contains("is stale and was not applied").contains("idem.yaml changed since the plan was made")
                .doesNotContain("another run happened");
        assertThat(appliedRuns()).isEmpty();
    }

    @Test
    void applyRejectsPlanAfterAnotherRun() throws Exception {
        Path plan = plan();
        Execution second = run("out-second");
        assertThat(second.exitCode()).as(second.transcript()).isZero();

        Execution apply = apply(plan.toString());

        assertThat(apply.exitCode()).as(apply.transcript()).isEqualTo(ApplyCommand.NOT_APPLIED);
        assertThat(apply.errors()).contains("another run happened since the plan was made")
                .contains(runId(temp.resolve("out-second"))).doesNotContain("idem.yaml changed");
        assertThat(appliedRuns()).isEmpty();
    }

    @Test
    void applyFreshPlanRunsAndRecords() throws Exception {
        Path plan = plan();

        Execution apply = apply(plan.toString());

        assertThat(apply.exitCode()).as(apply.transcript()).isZero();
        String runId = runId(temp.resolve("out-apply"));
        JsonNode runJson = new ObjectMapper().readTree(temp.resolve("out-apply/run.json").toFile());
        assertThat(runJson.path("config_hash").asText()).isEqualTo(sha256OfConfig());
        assertThat(runJson.path("as_of").asText()).isEqualTo("2024-12-31");
        assertThat(apply.output()).contains("Applied configuration " + sha256OfConfig().substring(0, 12)).contains("by Dana in run " + runId);
        assertThat(appliedRuns()).containsExactly(sha256OfConfig() + " Dana " + runId + " " + plan);
    }

    @Test
    void historyListsVersionsAndRuns() throws Exception {
        String firstHash = sha256OfConfig();
        String firstRun = runId(temp.resolve("out-first"));
        Files.writeString(workspace.resolve("idem.yaml"), Files.readString(workspace.resolve("idem.yaml")).replace("version: \"1\"",
                "version: \"2\""));
        Execution apply = apply("--yes");
        assertThat(apply.exitCode()).as(apply.transcript()).isZero();

        Execution history = execute("apply", "--history", "--workspace", workspace.toString());

        assertThat(history.exitCode()).as(history.transcript()).isZero();
        List<String> lines = history.output().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(firstHash.substring(0, 12)).contains("never").contains("1: " + firstRun);
        assertThat(lines.get(2)).startsWith(sha256OfConfig().substring(0, 12)).contains(" 2 ").contains("Dana")
                .contains("1: " + runId(temp.resolve("out-apply"))).endsWith("(current idem.yaml)");
    }

    @Test
    void applyWithoutTerminalNeedsYes() throws Exception {
        // Tests run without a terminal, so there is no one to confirm.
        Execution apply = apply();

        assertThat(apply.exitCode()).as(apply.transcript()).isEqualTo(ApplyCommand.NOT_APPLIED);
        assertThat(apply.output()).contains("Plan for workspace ravenstack");
        assertThat(apply.errors()).contains("confirmation needs a terminal").contains("pass --yes");
        assertThat(appliedRuns()).isEmpty();
    }

    private List<String> appliedRuns() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Store store = Store.open(StoreLocation.duckDb(defaultStore(workspace)));
             PreparedStatement statement = store.connection().prepareStatement(
                     "SELECT config_hash, applied_by, run_id, plan_file FROM config_apply ORDER BY applied_at");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " " + result.getString(4));
            }
        }
        return rows;
    }
}
