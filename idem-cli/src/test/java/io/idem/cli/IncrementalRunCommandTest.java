package io.idem.cli;

import static io.idem.cli.CliTestSupport.copyRavenStackWorkspace;
import static io.idem.cli.CliTestSupport.execute;
import static org.assertj.core.api.Assertions.assertThat;

import io.idem.cli.CliTestSupport.Execution;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code idem run --incremental} on RavenStack: the summary it prints, and the message and exit code when it is rejected. */
class IncrementalRunCommandTest {

    @TempDir
    Path temp;

    @Test
    void incrementalAfterFullRunPrintsSummary() throws IOException {
        Path workspace = copyRavenStackWorkspace(temp.resolve("workspace"));
        String data = RavenStackCsv.folder().toString();
        Execution full = execute("run", "--workspace", workspace.toString(), "--data", data, "--as-of", "2024-12-31",
                "--out", temp.resolve("out").toString(), "--backtest-months", "1");
        assertThat(full.exitCode()).as(full.transcript()).isZero();

        Execution incremental = execute("run", "--workspace", workspace.toString(), "--data", data, "--as-of", "2024-12-31",
                "--incremental");

        assertThat(incremental.exitCode()).as(incremental.transcript()).isZero();
        assertThat(incremental.output()).contains("0 changed account(s) re-evaluated");
        assertThat(incremental.output()).contains("plays: 0 started, 0 task(s), 0 opportunit(ies), 0 cancelled");
    }

    @Test
    void incrementalWithoutFullRunExitsWithTwo() throws IOException {
        Path workspace = copyRavenStackWorkspace(temp.resolve("workspace"));

        Execution incremental = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2024-12-31", "--incremental");

        assertThat(incremental.exitCode()).isEqualTo(2);
        assertThat(incremental.errors()).contains("no full run has succeeded").contains("run 'idem run' without --incremental first");
    }

    @Test
    void incrementalRejectsOutputFolder() throws IOException {
        Path workspace = copyRavenStackWorkspace(temp.resolve("workspace"));

        Execution incremental = execute("run", "--workspace", workspace.toString(), "--data", RavenStackCsv.folder().toString(),
                "--as-of", "2024-12-31", "--incremental", "--out", temp.resolve("out").toString());

        assertThat(incremental.exitCode()).isEqualTo(2);
        assertThat(incremental.errors()).contains("has no effect with --incremental");
    }
}
