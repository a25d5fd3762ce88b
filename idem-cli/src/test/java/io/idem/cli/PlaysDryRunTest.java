package io.idem.cli;

import static io.idem.cli.CliTestSupport.execute;
import static io.idem.cli.CliTestSupport.readCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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
        assertThat(dryRun.output()).contains(predicted.size() + " play(s) would start");
        assertThat(execute("plays", "dry-run", "--workspace", workspace.toString(), "--playbook", "plan_upgrad").errors())
                .contains("unknown playbook 'plan_upgrad'").contains("plan_upgrade");
    }
}
