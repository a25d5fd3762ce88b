package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idem plays dry-run} lists exactly the plays the next run then starts. */
class PlaysDryRunTest {

    @TempDir
    Path temp;

    @Test
    void dryRunPredictsTheNextRun() throws IOException {
        Path workspace = CliTestSupport.copyRavenStackWorkspace(temp.resolve("workspace"));
        CliTestSupport.Execution first = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2024-12-31", "--out", temp.resolve("first").toString(), "--backtest-months", "0");
        assertThat(first.exitCode()).as(first.errors()).isZero();
        Set<String> before = readCsv(temp.resolve("first/plays.csv")).stream().map(p -> p.get("play_id")).collect(Collectors.toSet());

        CliTestSupport.Execution dryRun = execute("plays", "dry-run", "--workspace", workspace.toString(), "--as-of", "2025-02-28");
        CliTestSupport.Execution second = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2025-02-28", "--out", temp.resolve("second").toString(), "--backtest-months", "0");

        assertThat(dryRun.exitCode()).as(dryRun.errors()).isZero();
        assertThat(second.exitCode()).as(second.errors()).isZero();
        Set<String> predicted = dryRun.output().lines().filter(l -> l.startsWith("play ")).map(l -> {
            String[] words = l.split(" ");
            return words[1] + "|" + words[3].replace(",", "");
        }).collect(Collectors.toSet());
        Set<String> started = readCsv(temp.resolve("second/plays.csv")).stream().filter(p -> !before.contains(p.get("play_id")))
                .map(p -> p.get("playbook") + "|" + p.get("account_id")).collect(Collectors.toSet());
        assertThat(predicted).isNotEmpty().isEqualTo(started);

        // The tasks listed under each new play are the tasks the run creates (escalations past an SLA are not plays' steps).
        Map<String, String> newPlays = readCsv(temp.resolve("second/plays.csv")).stream().filter(p -> !before.contains(p.get("play_id")))
                .collect(Collectors.toMap(p -> p.get("play_id"), p -> p.get("playbook")));
        Set<String> predictedTasks = new HashSet<>();
        String play = null;
        for (String line : dryRun.output().lines().toList()) {
            if (line.startsWith("play ")) {
                String[] words = line.split(" ");
                play = words[1] + "|" + words[3].replace(",", "");
            } else if (line.startsWith("  task ")) {
                predictedTasks.add(play + "|" + line.strip().split("\\s+")[1]);
            }
        }
        Set<String> createdTasks = readCsv(temp.resolve("second/tasks.csv")).stream()
                .filter(t -> newPlays.containsKey(t.get("play_id")) && !t.get("step").equals("escalation"))
                .map(t -> newPlays.get(t.get("play_id")) + "|" + t.get("account_id") + "|" + t.get("step")).collect(Collectors.toSet());
        assertThat(predictedTasks).isNotEmpty().isEqualTo(createdTasks);
        // Open plays wait on their first task, which nobody completed, so no open play continues.
        assertThat(dryRun.output()).contains("0 open play(s) would continue").doesNotContain("continue play");
        assertThat(dryRun.output()).contains(predicted.size() + " play(s) would start");
        assertThat(execute("plays", "dry-run", "--workspace", workspace.toString(), "--playbook", "plan_upgrad").errors())
                .contains("unknown playbook 'plan_upgrad'").contains("plan_upgrade");
    }
}
