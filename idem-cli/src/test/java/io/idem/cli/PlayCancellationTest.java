package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plays started by a segment are cancelled, with their open tasks, when the account leaves the segment. */
class PlayCancellationTest {

    @TempDir
    Path temp;

    @Test
    void leavingSegmentCancelsItsPlays() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.Execution first = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2024-12-31", "--out", temp.resolve("first").toString(), "--backtest-months", "0");
        CliTestSupport.Execution second = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2025-02-28", "--out", temp.resolve("second").toString(), "--backtest-months", "0");
        assertThat(first.exitCode()).as(first.errors()).isZero();
        assertThat(second.exitCode()).as(second.errors()).isZero();

        Set<String> stillAtRisk = readCsv(temp.resolve("second/segments/at_risk.csv")).stream().map(r -> r.get("account_id"))
                .collect(Collectors.toSet());
        List<Map<String, String>> firstRescues = readCsv(temp.resolve("first/plays.csv")).stream()
                .filter(p -> p.get("started_by").equals("segment:at_risk")).toList();
        Map<String, Map<String, String>> secondPlays = readCsv(temp.resolve("second/plays.csv")).stream()
                .collect(Collectors.toMap(p -> p.get("play_id"), p -> p));
        Set<String> cancelledPlays = secondPlays.values().stream().filter(p -> p.get("status").equals("cancelled"))
                .map(p -> p.get("play_id")).collect(Collectors.toSet());

        long left = firstRescues.stream().filter(p -> !stillAtRisk.contains(p.get("account_id"))).count();
        assertThat(left).as("accounts that left at_risk between the runs").isPositive();
        for (Map<String, String> play : firstRescues) {
            Map<String, String> after = secondPlays.get(play.get("play_id"));
            if (stillAtRisk.contains(play.get("account_id"))) {
                assertThat(after.get("status")).as("play of %s, still at risk", play.get("account_id")).isEqualTo("open");
            } else {
                assertThat(after.get("status")).as("play of %s, left at_risk", play.get("account_id")).isEqualTo("cancelled");
                assertThat(after.get("closed_on")).isEqualTo("2025-02-28");
                assertThat(after.get("close_reason")).startsWith("account left segment at_risk on 2025-02-28");
            }
        }
        List<Map<String, String>> tasks = readCsv(temp.resolve("second/tasks.csv"));
        assertThat(tasks.stream().filter(t -> cancelledPlays.contains(t.get("play_id")))).isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("status")).isEqualTo("cancelled"));
    }
}
