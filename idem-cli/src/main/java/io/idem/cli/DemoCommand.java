package io.idem.cli;

import io.idem.cycle.IdemCycle;
import io.idem.cycle.RunRequest;
import io.idem.cycle.RunResult;
import io.idem.demo.DemoGenerator;
import io.idem.demo.DemoSpec;
import io.idem.demo.DemoWorkspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code idem demo}: generate a synthetic SaaS workspace and run the cycle on it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a seeded synthetic SaaS company as a workspace and run the whole IDEM cycle on it.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "1000", description = "Number of accounts to generate (default: 1000).")
    int accounts;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same files (default: 42).")
    long seed;

    @Option(names = "--as-of", defaultValue = "2024-12-31", description = "Last day of the generated history and the run's as-of date (default: 2024-12-31).")
    LocalDate asOf;

    @Option(names = "--months", defaultValue = "24", description = "Months of history to generate (default: 24).")
    int months;

    @Option(names = "--events-per-account", defaultValue = "100", description = "Average product-usage events per account (default: 100).")
    int eventsPerAccount;

    @Option(names = "--out", defaultValue = "out/demo", description = "Output folder; the workspace goes to its 'workspace' subfolder (default: out/demo).")
    Path out;

    @Option(names = "--store", description = "Store: 'duckdb' (default, inside the workspace) or 'postgresql://user@host:5432/database'.")
    String store;

    @Option(names = "--backtest-months", defaultValue = "12", description = "Month ends the trigger backtest replays (default: 12).")
    int backtestMonths;

    @Option(names = "--generate-only", description = "Write the workspace without running the cycle.")
    boolean generateOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = new PrintWriter(System.err, true);
        ProgressBar progress = new ProgressBar(err, System.console() != null);
        DemoSpec demo = new DemoSpec(accounts, seed, asOf, months, eventsPerAccount);

        long started = System.nanoTime();
        progress.stageStarted("demo: generate", accounts);
        DemoWorkspace workspace = DemoGenerator.generate(demo, this.out.resolve("workspace"),
                (done, total, rows) -> progress.progress(done));
        progress.stageFinished("demo: generate", (System.nanoTime() - started) / 1_000_000);
        out.printf("Generated %,d accounts and %,d rows in %s%n", accounts, workspace.totalRows(), workspace.folder());
        if (generateOnly) {
            return 0;
        }
        RunResult result = IdemCycle.run(new RunRequest(workspace.folder(), null, store, workspace.asOf(), this.out, backtestMonths), progress);
        RunSummaryPrinter.print(out, result);
        return 0;
    }
}
