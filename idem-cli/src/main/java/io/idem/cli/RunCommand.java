package io.idem.cli;

import io.idem.cycle.IdemCycle;
import io.idem.cycle.IncrementalCycle;
import io.idem.cycle.RunRequest;
import io.idem.cycle.RunResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code idem run}: the whole IDEM cycle on a workspace. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Import the workspace's files, find accounts to approach, start plays and measure expansion revenue.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder containing idem.yaml (default: the current folder).")
    Path workspace;

    @Option(names = "--data", description = "Folder of the data files (default: the workspace's 'data' setting).")
    Path data;

    @Option(names = "--as-of", description = "Date the run is computed at, yyyy-mm-dd (default: the workspace's as_of, else today).")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ./out).")
    Path out;

    @Option(names = "--store", description = "Store: 'duckdb' (default, <workspace>/.idem/idem.duckdb), 'duckdb:PATH' "
            + "or 'postgresql://user@host:5432/database'.")
    String store;

    @Option(names = "--backtest-months", defaultValue = "12", description = "Month ends the trigger backtest replays (default: 12).")
    int backtestMonths;

    @Option(names = "--incremental", description = "Re-evaluate only the accounts whose rows changed since the last evaluation, at the "
            + "as-of date of the last full run; writes no output files (see docs/incremental.md).")
    boolean incremental;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        ProgressBar progress = new ProgressBar(new java.io.PrintWriter(System.err, true), System.console() != null);
        if (incremental && spec.commandLine().getParseResult().hasMatchedOption("--out")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out " + this.out + " has no effect with --incremental, "
                    + "which writes no output files; leave out --out, or run without --incremental to write the outputs");
        }
        if (incremental) {
            IncrementalCycle.Result result = IncrementalCycle.run(new RunRequest(workspace, data, store, asOf, this.out, backtestMonths),
                    progress);
            out.printf("Incremental run %s on base run %s at %s: %d changed account(s) re-evaluated, %d no longer in the accounts source%n",
                    result.runId(), result.baseRunId(), result.asOf(), result.changedAccounts(), result.removedAccounts());
            result.entered().forEach((segment, count) -> out.printf("  segment %s: %d entered, %d left%n", segment, count,
                    result.left().get(segment)));
            result.fired().forEach((trigger, count) -> out.printf("  trigger %s: %d fired%n", trigger, count));
            out.printf("  plays: %d started, %d task(s), %d opportunit(ies), %d cancelled%n", result.playsStarted(), result.tasksCreated(),
                    result.opportunitiesCreated(), result.playsCancelled());
            out.flush();
            return 0;
        }
        RunResult result = IdemCycle.run(new RunRequest(workspace, data, store, asOf, this.out, backtestMonths), progress);
        RunSummaryPrinter.print(out, result);
        return 0;
    }
}
