package io.idem.cli;

import io.idem.cycle.ConfigHistory;
import io.idem.cycle.DryRun;
import io.idem.cycle.IdemCycle;
import io.idem.cycle.PlanFile;
import io.idem.cycle.RunRequest;
import io.idem.cycle.RunResult;
import io.idem.store.Store;
import io.idem.store.StoreLocation;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code idem apply}: runs the cycle with the current idem.yaml after review, and records the configuration as applied. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Apply the current idem.yaml: run the cycle with it and record who applied it. With a plan file from "
                + "'idem plan --out', apply only if idem.yaml and the store are as they were when the plan was made; without one, "
                + "show the plan and ask for confirmation (or pass --yes).")
final class ApplyCommand implements Callable<Integer> {

    /** Exit code when the plan is stale or the user does not confirm: nothing was run. */
    static final int NOT_APPLIED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLAN_FILE", description = "Plan saved by 'idem plan --out PLAN_FILE'.")
    Path planFile;

    @Option(names = "--workspace", defaultValue = ".", description = "Workspace folder containing idem.yaml (default: the current folder).")
    Path workspace;

    @Option(names = "--data", description = "Folder of the data files (default: the workspace's 'data' setting).")
    Path data;

    @Option(names = "--as-of", description = "Date to run at, yyyy-mm-dd, without a plan file (default: the date the plan shows: the "
            + "workspace's as_of, else the last run's). A plan file fixes its own date.")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ./out).")
    Path out;

    @Option(names = "--store", description = "Store: 'duckdb' (default, <workspace>/.idem/idem.duckdb), 'duckdb:PATH' "
            + "or 'postgresql://user@host:5432/database'.")
    String store;

    @Option(names = "--backtest-months", defaultValue = "12", description = "Month ends the trigger backtest replays (default: 12).")
    int backtestMonths;

    @Option(names = "--yes", description = "Apply without asking for confirmation.")
    boolean yes;

    @Option(names = "--by", description = "Who applies the configuration; recorded with it (default: the operating-system user).")
    String by;

    @Option(names = "--history", description = "List the configurations the store has seen, when each was applied and the runs "
            + "that used it, instead of applying.")
    boolean history;

    @Override
    public Integer call() {
        PrintWriter output = spec.commandLine().getOut();
        if (history) {
            printHistory(output);
            return 0;
        }
        String appliedBy = by != null && !by.isBlank() ? by : System.getProperty("user.name", "unknown");
        LocalDate runAsOf;
        if (planFile != null) {
            PlanFile plan = PlanFile.read(planFile);
            Workspace current = WorkspaceLoader.load(workspace);
            List<String> reasons;
            try (Store opened = Store.open(StoreLocation.parse(store, current.directory()))) {
                reasons = plan.staleReasons(current.contentHash(), new ConfigHistory(opened).lastRunId().orElse(null));
            }
            if (!reasons.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf(Locale.ROOT, "error: plan %s is stale and was not applied: %s; make a new plan with 'idem plan --out %s'%n",
                        planFile, String.join("; ", reasons), planFile);
                err.flush();
                return NOT_APPLIED;
            }
            runAsOf = plan.asOf();
        } else {
            DryRun.Outcome outcome = DryRun.evaluate(workspace, store, asOf);
            PlanCommand.print(output, outcome, false);
            output.flush();
            if (!yes && System.console() == null) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: not applied: confirmation needs a terminal, and standard input is not one; review the plan above "
                        + "and pass --yes, or apply a saved plan with 'idem plan --out plan.json' and 'idem apply plan.json'");
                err.flush();
                return NOT_APPLIED;
            }
            if (!yes && !confirmed(output)) {
                output.println("Not applied.");
                output.flush();
                return NOT_APPLIED;
            }
            runAsOf = outcome.asOf();
        }

        ProgressBar progress = new ProgressBar(new PrintWriter(System.err, true), System.console() != null);
        RunResult result = IdemCycle.run(new RunRequest(workspace, data, store, runAsOf, out, backtestMonths), progress);
        try (Store opened = Store.open(StoreLocation.parse(store, workspace))) {
            new ConfigHistory(opened).recordApplied(result.configHash(), appliedBy, result.runId(),
                    planFile == null ? null : planFile.toString());
        }
        RunSummaryPrinter.print(output, result);
        output.printf(Locale.ROOT, "Applied configuration %s%s by %s in run %s%n", result.configHash().substring(0, 12),
                result.configVersion() == null ? "" : " (version " + result.configVersion() + ")", appliedBy, result.runId());
        output.flush();
        return 0;
    }

    /** Asks on the terminal; only the reply "yes" confirms. */
    private static boolean confirmed(PrintWriter output) {
        output.print("Apply this plan? Type 'yes' to run it: ");
        output.flush();
        String answer = System.console().readLine();
        return answer != null && answer.trim().equalsIgnoreCase("yes");
    }

    private void printHistory(PrintWriter output) {
        Workspace current = WorkspaceLoader.load(workspace);
        List<ConfigHistory.Version> versions;
        try (Store opened = Store.open(StoreLocation.parse(store, current.directory()))) {
            versions = new ConfigHistory(opened).versions();
        }
        output.printf(Locale.ROOT, "%-12s  %-10s  %-19s  %-19s  %-14s  %s%n", "hash", "version", "first seen", "last applied", "applied by",
                "runs");
        for (ConfigHistory.Version version : versions) {
            output.printf(Locale.ROOT, "%-12s  %-10s  %-19s  %-19s  %-14s  %d%s%s%n", version.configHash().substring(0, 12),
                    version.configVersion() == null ? "" : version.configVersion(), version.firstSeenAt().withNano(0),
                    version.lastAppliedAt() == null ? "never" : version.lastAppliedAt().withNano(0).toString(),
                    version.lastAppliedBy() == null ? "" : version.lastAppliedBy(), version.runIds().size(),
                    version.runIds().isEmpty() ? "" : ": " + String.join(", ", version.runIds()),
                    version.configHash().equals(current.contentHash()) ? "  (current idem.yaml)" : "");
        }
        output.flush();
    }
}
